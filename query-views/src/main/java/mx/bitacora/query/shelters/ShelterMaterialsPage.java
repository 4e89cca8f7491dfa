package mx.bitacora.query.shelters;

import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.ShelterId;

/**
 * One page of the lines a shelter acknowledged, newest receipt first, with the paging figures;
 * {@code item}, {@code from} and {@code to} echo the filters, null when none was asked for.
 */
public record ShelterMaterialsPage(
    ShelterId shelterId,
    String item,
    LocalDate from,
    LocalDate to,
    List<MaterialLine> lines,
    int page,
    int size,
    long totalElements,
    int totalPages) {}
