package com.merchantanalysis.gateway.attack;

import java.util.List;
import java.util.Set;

/**
 * Every route that names a merchant, in one place: the tenant-isolation attack runs over all of them,
 * and {@code TenantIsolationAttackIT} fails when a service offers a merchant route missing here.
 * Adding a route is one line: {@code read(service, path)} for a GET, {@code write(...)} with a body,
 * {@code admin(...)} for ADMIN-only routes. {@code {id}} stands for the merchant; the query and body
 * must make a valid request for the attacker's own merchant (a fresh merchant without transactions).
 */
final class RouteCatalogue {

    /** Who may call a route: any role (a MERCHANT only for its own merchant), or ADMIN only. */
    enum Access { ANY, ADMIN }

    private static final String CSV_ROW = """
            externalId,timestamp,amount,direction,kind,channel,counterpartyType,counterpartyId,crossBorder,invoiceReference,fee,description
            attack-1,2025-06-01T12:00:00+08:00,88.00,IN,SALE,WECHAT_PAY,PERSON,c-1,false,,0.53,attack suite row
            """;

    static final List<Route> ROUTES = List.of(
            read("data-simulator", "/api/v1/simulator/merchants/{id}"),
            admin("data-simulator", "DELETE", "/api/v1/simulator/merchants/{id}", null),
            // the fixtures are in Chengdu already: an edit that changes nothing
            write("data-simulator", "PATCH", "/api/v1/simulator/merchants/{id}", "application/merge-patch+json",
                    "{\"city\": \"Chengdu\"}"),
            read("data-simulator", "/api/v1/simulator/merchants/{id}/transactions?from=2025-01-01&to=2025-06-30"),
            read("data-simulator", "/api/v1/simulator/merchants/{id}/transactions.csv?from=2025-01-01&to=2025-06-30"),
            read("data-simulator", "/api/v1/simulator/merchants/{id}/daily?from=2025-01-01&to=2025-06-30"),
            admin("data-simulator", "POST", "/api/v1/simulator/merchants/{id}/daily:rebuild", null),
            read("data-simulator", "/api/v1/simulator/merchants/{id}/simulations"),
            admin("data-simulator", "POST", "/api/v1/simulator/merchants/{id}/simulations",
                    "{\"from\": \"2025-01-01\", \"to\": \"2025-01-31\", \"seed\": 7}"),
            write("data-simulator", "POST", "/api/v1/simulator/merchants/{id}/transactions:import", "text/csv", CSV_ROW),
            read("cashflow-service", "/api/v1/cashflow/merchants/{id}/balance?asOf=2025-06-30"),
            needsHistory(read("cashflow-service", "/api/v1/cashflow/merchants/{id}/forecast?horizon=30")),
            needsHistory(read("cashflow-service", "/api/v1/cashflow/merchants/{id}/backtest?horizon=14")),
            needsHistory(read("cashflow-service", "/api/v1/cashflow/merchants/{id}/runway?horizon=30")),
            needsHistory(read("cashflow-service", "/api/v1/cashflow/merchants/{id}/summary?horizon=30")),
            needsHistory(write("cashflow-service", "POST", "/api/v1/cashflow/merchants/{id}/scenarios", "application/json",
                    "{\"horizon\": 30, \"revenueChange\": {\"percent\": -10, \"from\": \"2025-07-01\"}}")),
            read("cost-analyzer", "/api/v1/costs/merchants/{id}/totals?from=2025-01-01&to=2025-06-30"),
            read("cost-analyzer", "/api/v1/costs/merchants/{id}/structure?from=2025-01-01&to=2025-06-30"),
            read("cost-analyzer", "/api/v1/costs/merchants/{id}/anomalies?from=2025-01-01&to=2025-06-30"),
            read("cost-analyzer", "/api/v1/costs/merchants/{id}/break-even?from=2025-01-01&to=2025-06-30"),
            read("cost-analyzer", "/api/v1/costs/merchants/{id}/benchmarks?from=2025-01-01&to=2025-06-30"),
            read("cost-analyzer", "/api/v1/costs/merchants/{id}/fee-audit?from=2025-01-01&to=2025-06-30"),
            read("cost-analyzer", "/api/v1/costs/merchants/{id}/actions?from=2025-01-01&to=2025-06-30"),
            read("cost-analyzer", "/api/v1/costs/merchants/{id}/summary?from=2025-01-01&to=2025-06-30"),
            read("compliance-checker", "/api/v1/compliance/merchants/{id}/licences?asOf=2030-05-15"),
            read("compliance-checker", "/api/v1/compliance/merchants/{id}/summary?from=2025-01-01&to=2025-06-30"),
            read("compliance-checker", "/api/v1/compliance/merchants/{id}/outlook"),
            read("compliance-checker", "/api/v1/compliance/merchants/{id}/reports"),
            write("compliance-checker", "POST", "/api/v1/compliance/merchants/{id}/checks", "application/json",
                    "{\"from\": \"2025-01-01\", \"to\": \"2025-03-31\"}"),
            read("api-gateway", "/merchant/analyze?merchantId={id}"));

    /** ADMIN-only routes; an ANALYST gets 403 on each and nothing changes. */
    static final List<Route> ADMIN_ROUTES = List.of(
            admin("data-simulator", "POST", "/api/v1/simulator/merchants", """
                    {"name": "不该存在", "industry": "RESTAURANT", "city": "Chengdu", "openingDate": "2022-03-01",
                     "openingCashBalance": 1}"""),
            admin("data-simulator", "DELETE", "/api/v1/simulator/merchants/{id}", null),
            admin("data-simulator", "POST", "/api/v1/simulator/merchants/{id}/simulations",
                    "{\"from\": \"2025-01-01\", \"to\": \"2025-01-31\", \"seed\": 7}"),
            admin("api-gateway", "POST", "/auth/clients", """
                    {"clientId": "analyst-made-admin", "roles": ["ADMIN"]}"""),
            admin("api-gateway", "POST", "/auth/users", """
                    {"username": "analyst-made-user", "password": "analyst-chosen-password", "roles": ["ADMIN"]}"""));

    /**
     * @param service      the service that answers it directly, or "api-gateway" for the gateway's own endpoints
     * @param path         with {@code {id}} for the merchant, and a query that makes a valid request
     * @param contentType  of {@code body}; null for reads
     * @param ownStatuses  what the attacker's own merchant gets (proof the route and sample are real)
     */
    record Route(String service, String method, String path, String contentType, String body, Access access,
            Set<Integer> ownStatuses) {

        String pathFor(String merchantId) {
            return path.replace("{id}", merchantId);
        }

        /** The path as the service's OpenAPI names it: {merchantId} and no query. */
        String template() {
            String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            return withoutQuery.replace("{id}", "{merchantId}");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Route read(String service, String path) {
        return new Route(service, "GET", path, null, null, Access.ANY, Set.of(200));
    }

    static Route write(String service, String method, String path, String contentType, String body) {
        return new Route(service, method, path, contentType, body, Access.ANY, Set.of(200, 201, 202));
    }

    static Route admin(String service, String method, String path, String json) {
        return new Route(service, method, path, json == null ? null : "application/json", json, Access.ADMIN,
                Set.of(200, 201, 202, 204));
    }

    /** A route that may answer the fresh merchant "not enough history" (409/422) rather than 200. */
    static Route needsHistory(Route route) {
        return new Route(route.service(), route.method(), route.path(), route.contentType(), route.body(), route.access(),
                Set.of(200, 201, 202, 409, 422));
    }

    private RouteCatalogue() {
    }
}
