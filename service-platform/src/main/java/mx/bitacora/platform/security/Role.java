package mx.bitacora.platform.security;

/** The roles a token can carry in its {@code roles} claim. */
public enum Role {
  /** Acts for, and sees the records of, their own agency. */
  AGENCY_STAFF,
  /** Commission (SEGOB technical secretariat) auditor: sees every agency's actions. */
  COMMISSION_AUDITOR,
  /** Checks commitments across agencies, never victim-identifying data. */
  COMPLIANCE_REVIEWER,
  /** Registers agencies and runs operations; reads no case data. */
  PLATFORM_ADMIN;

  /** The Spring Security authority granted for this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
