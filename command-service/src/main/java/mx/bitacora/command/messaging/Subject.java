package mx.bitacora.command.messaging;

import mx.bitacora.platform.problem.ProblemCode;

/**
 * What a command is about, as far as {@link CommandSender}'s answers go: the code for an unknown id
 * (e.g. {@code DELIVERY_NOT_FOUND}) and for a creation whose id another command took (e.g. {@code
 * DELIVERY_ALREADY_RECORDED}).
 */
public record Subject(ProblemCode notFound, ProblemCode alreadyRecorded) {}
