package com.merchantanalysis.compliance;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@OpenAPIDefinition(
        info = @Info(title = "compliance-checker", version = "v1",
                description = "Versioned compliance rules (PBOC large-value and structuring indicators, card "
                        + "cash-out, card-scheme dispute ratios, personal collection codes, licences, invoices, cost "
                        + "ratios) evaluated in one pass, with evidence, citations, a risk score and breach forecasts. "
                        + "Findings are risk indicators to follow up on, not legal determinations. Sentences are "
                        + "in Chinese, or in English with Accept-Language: en."),
        servers = @Server(url = "/", description = "Through the API gateway"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ComplianceCheckerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ComplianceCheckerApplication.class, args);
    }
}
