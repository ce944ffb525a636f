package com.merchantanalysis.costs;

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
        info = @Info(title = "cost-analyzer", version = "v1",
                description = "A merchant's cost structure, margins, break-even, benchmarks, payment-fee audit, cost "
                        + "anomalies and ranked savings, from its daily summaries (and its transactions where a "
                        + "fee audit or hourly sales need them)"),
        servers = @Server(url = "/", description = "Through the API gateway"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class CostAnalyzerApplication {

    public static void main(String[] args) {
        SpringApplication.run(CostAnalyzerApplication.class, args);
    }
}
