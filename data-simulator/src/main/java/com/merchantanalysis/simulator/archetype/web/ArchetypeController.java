package com.merchantanalysis.simulator.archetype.web;

import java.util.List;

import com.merchantanalysis.simulator.archetype.domain.ArchetypeCatalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/simulator/archetypes")
@Tag(name = "Archetypes", description = "Kinds of merchant the simulator can create and run")
class ArchetypeController {

    private final ArchetypeCatalog catalog;

    ArchetypeController(ArchetypeCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "The shipped archetypes with their defaults, ticket sizes and channel mix")
    List<ArchetypeView> list() {
        return catalog.all().stream().map(ArchetypeView::of).toList();
    }
}
