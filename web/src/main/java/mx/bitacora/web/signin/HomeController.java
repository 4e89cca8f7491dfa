package mx.bitacora.web.signin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: who is signed in, for which agency, and where to go. */
@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    return "home";
  }
}
