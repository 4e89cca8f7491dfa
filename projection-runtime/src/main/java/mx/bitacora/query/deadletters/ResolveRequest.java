package mx.bitacora.query.deadletters;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an administrator sets a dead-lettered event aside instead of retrying it. */
public record ResolveRequest(@NotBlank @Size(max = 2000) String reason) {}
