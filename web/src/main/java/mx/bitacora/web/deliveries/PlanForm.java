package mx.bitacora.web.deliveries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.web.directory.Directory.ShelterOption;
import mx.bitacora.web.services.FormKey;
import mx.bitacora.web.services.FormValues;

/**
 * A delivery being planned, as the form holds it: its id (chosen when the form is first shown, so a
 * resent form names the same delivery), who funds and delivers it, the receiving shelter, the
 * project, the business date, up to {@value #LINES} lines and {@value #WITNESSES} witnesses. Rows
 * left wholly empty are not sent.
 */
public class PlanForm {

  static final int LINES = 6;
  static final int WITNESSES = 3;

  private String deliveryId = UUID.randomUUID().toString();
  private String fundingAgency;
  private List<String> deliveringAgencies = new ArrayList<>();
  private String receivingShelter;
  private String projectId;
  private String occurredOn;
  private List<ItemRow> items = new ArrayList<>();
  private List<WitnessRow> witnesses = new ArrayList<>();
  private String formKey = FormKey.fresh();

  /** One line of materials. */
  public static class ItemRow {
    private String description;
    private String quantity;
    private String unit;

    boolean empty() {
      return FormValues.text(description) == null
          && FormValues.text(quantity) == null
          && FormValues.text(unit) == null;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getQuantity() {
      return quantity;
    }

    public void setQuantity(String quantity) {
      this.quantity = quantity;
    }

    public String getUnit() {
      return unit;
    }

    public void setUnit(String unit) {
      this.unit = unit;
    }
  }

  /** One witness, named by title only (never by name), and their agency. */
  public static class WitnessRow {
    private String title;
    private String agency;

    boolean empty() {
      return FormValues.text(title) == null && FormValues.text(agency) == null;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getAgency() {
      return agency;
    }

    public void setAgency(String agency) {
      this.agency = agency;
    }
  }

  /** An empty form for an agency that delivers itself, dated {@code today}. */
  static PlanForm blank(String ownAgency, String today) {
    PlanForm form = new PlanForm();
    form.deliveringAgencies.add(ownAgency);
    form.occurredOn = today;
    form.fillRows();
    return form;
  }

  /** Tops the rows up to the form's size (after binding, which keeps only the sent ones). */
  void fillRows() {
    while (items.size() < LINES) {
      items.add(new ItemRow());
    }
    while (witnesses.size() < WITNESSES) {
      witnesses.add(new WitnessRow());
    }
  }

  /** The body of {@code POST /deliveries}; the receiving agency is the shelter's operator. */
  Map<String, Object> body(List<ShelterOption> shelters) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("deliveryId", deliveryId);
    body.put("fundingAgency", FormValues.text(fundingAgency));
    body.put("deliveringAgencies", deliveringAgencies);
    body.put("receivingShelter", FormValues.text(receivingShelter));
    body.put(
        "receivingAgency",
        shelters.stream()
            .filter(shelter -> shelter.id().equals(receivingShelter))
            .map(ShelterOption::operatingAgency)
            .findFirst()
            .orElse(null));
    body.put("projectId", FormValues.text(projectId));
    body.put("occurredOn", FormValues.text(occurredOn));
    List<Map<String, Object>> lines = new ArrayList<>();
    for (ItemRow item : items) {
      if (!item.empty()) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("description", FormValues.text(item.description));
        line.put("quantity", FormValues.number(item.quantity));
        line.put("unit", FormValues.text(item.unit));
        lines.add(line);
      }
    }
    body.put("items", lines);
    List<Map<String, Object>> named = new ArrayList<>();
    for (WitnessRow witness : witnesses) {
      if (!witness.empty()) {
        Map<String, Object> official = new LinkedHashMap<>();
        official.put("title", FormValues.text(witness.title));
        official.put("agency", FormValues.text(witness.agency));
        named.add(official);
      }
    }
    body.put("witnesses", named);
    return body;
  }

  public String getDeliveryId() {
    return deliveryId;
  }

  public void setDeliveryId(String deliveryId) {
    this.deliveryId = deliveryId;
  }

  public String getFundingAgency() {
    return fundingAgency;
  }

  public void setFundingAgency(String fundingAgency) {
    this.fundingAgency = fundingAgency;
  }

  public List<String> getDeliveringAgencies() {
    return deliveringAgencies;
  }

  public void setDeliveringAgencies(List<String> deliveringAgencies) {
    this.deliveringAgencies = deliveringAgencies;
  }

  public String getReceivingShelter() {
    return receivingShelter;
  }

  public void setReceivingShelter(String receivingShelter) {
    this.receivingShelter = receivingShelter;
  }

  public String getProjectId() {
    return projectId;
  }

  public void setProjectId(String projectId) {
    this.projectId = projectId;
  }

  public String getOccurredOn() {
    return occurredOn;
  }

  public void setOccurredOn(String occurredOn) {
    this.occurredOn = occurredOn;
  }

  public List<ItemRow> getItems() {
    return items;
  }

  public void setItems(List<ItemRow> items) {
    this.items = items;
  }

  public List<WitnessRow> getWitnesses() {
    return witnesses;
  }

  public void setWitnesses(List<WitnessRow> witnesses) {
    this.witnesses = witnesses;
  }

  public String getFormKey() {
    return formKey;
  }

  public void setFormKey(String formKey) {
    this.formKey = formKey;
  }
}
