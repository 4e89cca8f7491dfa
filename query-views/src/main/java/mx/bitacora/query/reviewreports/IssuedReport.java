package mx.bitacora.query.reviewreports;

/** A report as handed out: the file, its format, its SHA-256 (hex) and the position it is as of. */
record IssuedReport(byte[] file, ReportFormat format, String sha256, long asOfPosition) {}
