package mx.bitacora.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's start page: agencies, accounts, events a view could not apply. */
@Controller
class AdminPage {

  @GetMapping("/admin")
  String admin() {
    return "admin/index";
  }
}
