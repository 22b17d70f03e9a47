/** A titled block of free text (a card's goal, an update's progress); nothing when the text is empty. */
export function TextSection({ title, text }: { title: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      <p className="mt-1 whitespace-pre-line">{text}</p>
    </div>
  );
}
