import "server-only";
export { enqueueMail, enqueueMails, deliverPendingMail, deliverSoon, retryDelayMs, MAX_ATTEMPTS, type NewMail, type DeliveryResult } from "./outbox";
export { configuredTransport, smtpTransport, type MailTransport, type OutgoingMail } from "./transport";
export { mailConfig, appUrl } from "./config";
export { listOutbox, getOutboxMessage } from "./read";
