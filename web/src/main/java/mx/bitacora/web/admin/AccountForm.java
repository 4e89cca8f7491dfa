package mx.bitacora.web.admin;

import java.util.ArrayList;
import java.util.List;
import mx.bitacora.web.admin.IdentityProvider.Account;

/**
 * An account as the administrator's form holds it: for a new one its username, names, e-mail and
 * temporary password; for every one its agency, platform roles and whether it may sign in.
 */
public class AccountForm {

  private String username;
  private String firstName;
  private String lastName;
  private String email;
  private String temporaryPassword;
  private String agency;
  private List<String> roles = new ArrayList<>();
  private boolean enabled = true;

  static AccountForm of(Account account) {
    AccountForm form = new AccountForm();
    form.username = account.username();
    form.firstName = account.firstName();
    form.lastName = account.lastName();
    form.email = account.email();
    form.agency = account.agency();
    form.roles = new ArrayList<>(account.roles());
    form.enabled = account.enabled();
    return form;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getTemporaryPassword() {
    return temporaryPassword;
  }

  public void setTemporaryPassword(String temporaryPassword) {
    this.temporaryPassword = temporaryPassword;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : roles;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
