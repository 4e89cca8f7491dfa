package mx.bitacora.platform.accesslog;

/**
 * Records reads of case data. Each entry commits on its own, before the answer is sent, so a
 * refused attempt is recorded even though its request fails, and no read goes unrecorded: if the
 * entry cannot be written, the read fails ({@code 503 ACCESS_NOT_RECORDED}).
 */
public interface CaseAccessLog {

  void record(CaseAccess access);
}
