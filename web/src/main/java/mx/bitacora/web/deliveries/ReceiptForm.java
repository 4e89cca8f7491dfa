package mx.bitacora.web.deliveries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.bitacora.web.services.FormValues;

/**
 * The receiving shelter's acknowledgement as the form holds it: who received (by title), when, and
 * per line the quantity that arrived and a note. Lines that arrived as planned, without a note, are
 * not discrepancies.
 */
public class ReceiptForm {

  private String receivedByTitle;
  private String receivedOn;
  private List<ReceivedLine> lines = new ArrayList<>();
  private String formKey;

  /** One line of the form: the delivery's line number, what was planned, what arrived, a note. */
  public static class ReceivedLine {
    private int line;
    private BigDecimal planned;
    private String received;
    private String note;

    public int getLine() {
      return line;
    }

    public void setLine(int line) {
      this.line = line;
    }

    public BigDecimal getPlanned() {
      return planned;
    }

    public void setPlanned(BigDecimal planned) {
      this.planned = planned;
    }

    public String getReceived() {
      return received;
    }

    public void setReceived(String received) {
      this.received = received;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }

    boolean discrepancy() {
      boolean noted = note != null && !note.isBlank();
      return noted
          || !(FormValues.number(received) instanceof BigDecimal arrived)
          || arrived.compareTo(planned) != 0;
    }
  }

  /** A form for {@code delivery}, each line as planned, received today by nobody yet. */
  static ReceiptForm of(Delivery delivery, java.time.LocalDate today) {
    ReceiptForm form = new ReceiptForm();
    form.receivedOn = today.toString();
    for (Delivery.Line line : delivery.items()) {
      ReceivedLine row = new ReceivedLine();
      row.line = line.line();
      row.planned = line.plannedQuantity();
      row.received = line.plannedQuantity().toPlainString();
      form.lines.add(row);
    }
    return form;
  }

  /** The body of {@code POST /deliveries/{id}/receipt}. */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("receivedByTitle", FormValues.text(receivedByTitle));
    body.put("receivedOn", FormValues.text(receivedOn));
    body.put("discrepancies", discrepancies(lines));
    return body;
  }

  /** The lines that did not arrive as planned or carry a note, as the API names discrepancies. */
  static List<Map<String, Object>> discrepancies(List<ReceivedLine> lines) {
    List<Map<String, Object>> discrepancies = new ArrayList<>();
    for (ReceivedLine row : lines) {
      if (row.discrepancy()) {
        Map<String, Object> discrepancy = new LinkedHashMap<>();
        discrepancy.put("line", row.line);
        discrepancy.put("receivedQuantity", FormValues.number(row.received));
        if (row.note != null && !row.note.isBlank()) {
          discrepancy.put("note", row.note);
        }
        discrepancies.add(discrepancy);
      }
    }
    return discrepancies;
  }

  public String getReceivedByTitle() {
    return receivedByTitle;
  }

  public void setReceivedByTitle(String receivedByTitle) {
    this.receivedByTitle = receivedByTitle;
  }

  public String getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(String receivedOn) {
    this.receivedOn = receivedOn;
  }

  public List<ReceivedLine> getLines() {
    return lines;
  }

  public void setLines(List<ReceivedLine> lines) {
    this.lines = lines;
  }

  public String getFormKey() {
    return formKey;
  }

  public void setFormKey(String formKey) {
    this.formKey = formKey;
  }
}
