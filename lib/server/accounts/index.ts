import "server-only";
/**
 * Accounts for other features: `inviteProjectLeader` (task lists offer it for projects without a
 * leader) and the beheerder's account functions. See manage.ts.
 */
export {
  inviteUser,
  inviteProjectLeader,
  updateUser,
  setUserActive,
  resendInvitation,
  startPasswordReset,
  requestPasswordReset,
  setPasswordWithToken,
  changeOwnPassword,
  changeOwnName,
  getOwnAccount,
  getUserForEdit,
  getProjectLeaders,
  LAST_BEHEERDER,
  LINK_INVALID,
} from "./manage";
export { describeAccountToken, TOKEN_VALIDITY_MS } from "./tokens";
