package mx.bitacora.web.signin;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts who is signed in on every page's model. */
@ControllerAdvice
class SignedInAdvice {

  @ModelAttribute("signedIn")
  SignedIn signedIn(@AuthenticationPrincipal OidcUser user) {
    return user == null ? null : SignedIn.of(user);
  }
}
