package mx.bitacora.query.reviewreports;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import mx.bitacora.platform.problem.RejectedException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** The formats a report is issued in, chosen by the request's {@code Accept}; PDF by default. */
public enum ReportFormat {
  PDF(MediaType.APPLICATION_PDF, "pdf"),
  CSV(new MediaType("text", "csv", StandardCharsets.UTF_8), "csv"),
  JSON(MediaType.APPLICATION_JSON, "json");

  private static final Comparator<MediaType> BY_QUALITY =
      Comparator.comparingDouble(MediaType::getQualityValue).reversed();

  private final MediaType mediaType;
  private final String extension;

  ReportFormat(MediaType mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  MediaType mediaType() {
    return mediaType;
  }

  String extension() {
    return extension;
  }

  /** The first format the {@code Accept} header accepts, by quality; PDF when there is none. */
  static ReportFormat chosenBy(String accept) {
    if (accept == null || accept.isBlank()) {
      return PDF;
    }
    List<MediaType> accepted;
    try {
      accepted = MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException e) {
      throw new RejectedException(ReportsProblem.REPORT_FORMAT_NOT_ACCEPTABLE);
    }
    // By quality, highest first; equal qualities keep the order they were asked in.
    accepted = accepted.stream().sorted(BY_QUALITY).toList();
    for (MediaType wanted : accepted) {
      if (wanted.getQualityValue() == 0) {
        continue;
      }
      for (ReportFormat format : values()) {
        if (wanted.isCompatibleWith(format.mediaType)) {
          return format;
        }
      }
    }
    throw new RejectedException(ReportsProblem.REPORT_FORMAT_NOT_ACCEPTABLE);
  }
}
