package mx.bitacora.query.exports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Prints a document as a PDF (OpenPDF), A4 landscape: a title and a subtitle, then each table under
 * its heading (a table of fields with its labels shaded, another with a header row repeated on
 * every page).
 */
public final class PdfDocument {

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
  private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 8);
  private static final Color SHADE = new Color(230, 230, 230);

  private PdfDocument() {}

  /** {@code subject} goes into the file's metadata (e.g. the review's id). */
  public static byte[] print(
      String title, String subtitle, String subject, List<ExportTable> tables) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(title + ": " + subtitle);
      document.addSubject(subject);
      document.addCreator("Bitácora");
      document.open();
      document.add(new Paragraph(title, TITLE));
      document.add(new Paragraph(subtitle, HEADING));
      for (ExportTable section : tables) {
        document.add(heading(section.title()));
        document.add(table(section));
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("could not print the report", e);
    }
    return out.toByteArray();
  }

  private static Paragraph heading(String title) {
    Paragraph heading = new Paragraph(title, HEADING);
    heading.setSpacingBefore(12);
    heading.setSpacingAfter(4);
    return heading;
  }

  private static PdfPTable table(ExportTable section) {
    PdfPTable table = new PdfPTable(section.columns().size());
    table.setWidthPercentage(100);
    table.setHeaderRows(section.fields() ? 0 : 1);
    if (section.fields()) {
      table.setWidths(new float[] {1, 4});
    } else {
      for (String column : section.columns()) {
        table.addCell(cell(column, LABEL, SHADE));
      }
    }
    for (List<String> row : section.rows()) {
      for (int i = 0; i < row.size(); i++) {
        boolean label = section.fields() && i == 0;
        table.addCell(cell(row.get(i), label ? LABEL : BODY, label ? SHADE : null));
      }
    }
    return table;
  }

  private static PdfPCell cell(String text, Font font, Color background) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setPadding(3);
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    if (background != null) {
      cell.setBackgroundColor(background);
    }
    return cell;
  }
}
