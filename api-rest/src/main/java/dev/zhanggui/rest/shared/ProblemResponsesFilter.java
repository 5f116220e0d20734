package dev.zhanggui.rest.shared;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes the OpenAPI document from what each operation already declares, so that the 210
 * resource methods need no hand-written error responses: the {@code application/problem+json}
 * answers an operation can give (400 when it takes input, 401/403 when it is secured, 404 for
 * path ids or an unknown {@code X-Merchant}, 409/422 for writes, 412 where it reads
 * {@code If-Match}, 413 for uploads), a description on every response, role names moved from
 * bearer "scopes" into the description, and the {@code X-Merchant} header on operations that
 * anonymous callers may use. An operation that states no security requirement fails the build:
 * mark it {@code @RolesAllowed} (Quarkus then adds the requirement) or state its requirement
 * with {@code @SecurityRequirementsSet}.
 */
public class ProblemResponsesFilter implements OASFilter {
    static final String BEARER = "bearer";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    static final String MERCHANT_HEADER = "X-Merchant";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            throw new IllegalStateException("The Problem schema (dev.zhanggui.rest.shared.Problem) is missing from components");
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        List<String> unstated = new ArrayList<>();
        openAPI.getPaths().getPathItems().forEach((path, item) ->
                item.getOperations().forEach((method, operation) -> {
                    Access access = access(operation);
                    if (access == null) {
                        unstated.add(method + " " + path);
                        return;
                    }
                    complete(method, operation, access);
                }));
        if (!unstated.isEmpty()) {
            throw new IllegalStateException("These operations state no security requirement: " + unstated
                    + "; mark them @RolesAllowed or @SecurityRequirementsSet");
        }
    }

    /** Who may call: a bearer token is required, optional (anonymous storefront calls), or not used. */
    enum Access { REQUIRED, OPTIONAL, NONE }

    private static Access access(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null) {
            return null;
        }
        boolean anonymous = requirements.isEmpty() || requirements.stream().anyMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
        boolean bearer = requirements.stream().anyMatch(r -> r.hasScheme(BEARER));
        return bearer ? (anonymous ? Access.OPTIONAL : Access.REQUIRED) : Access.NONE;
    }

    private static void complete(PathItem.HttpMethod method, Operation operation, Access access) {
        rolesIntoDescription(operation);
        if (access == Access.NONE) {
            operation.setSecurity(new ArrayList<>());
        }
        if (access == Access.OPTIONAL) {
            addMerchantHeader(operation);
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean pathIds = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean ifMatch = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
        boolean body = operation.getRequestBody() != null;
        boolean upload = body && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType("multipart/form-data");
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;

        Map<String, String> errors = new TreeMap<>();
        if (body || !parameters.isEmpty()) {
            errors.put("400", "The request is malformed or a field or parameter is invalid (MALFORMED_REQUEST, VALIDATION_FAILED or the field's own code)");
        }
        if (access != Access.NONE) {
            errors.put("401", "The bearer token is missing, expired or invalid (UNAUTHENTICATED)");
            errors.put("403", access == Access.REQUIRED ? "The caller's role may not call this operation (FORBIDDEN)"
                    : "The X-Merchant header contradicts the access token (MERCHANT_MISMATCH)");
        }
        if (pathIds) {
            errors.put("404", access == Access.OPTIONAL
                    ? "No such resource for this merchant (NOT_FOUND or the resource's own *_NOT_FOUND code), or X-Merchant names no merchant (MERCHANT_UNKNOWN)"
                    : "No such resource for this merchant (NOT_FOUND or the resource's own *_NOT_FOUND code)");
        } else if (access == Access.OPTIONAL) {
            errors.put("404", "X-Merchant names no merchant (MERCHANT_UNKNOWN)");
        }
        if (write) {
            errors.put("409", "The change conflicts with the current state, e.g. a duplicate code or a status that does not allow it");
        }
        if (ifMatch) {
            errors.put("412", "If-Match names a stale version; currentVersion and the ETag header give the current one (VERSION_MISMATCH)");
        }
        if (upload) {
            errors.put("413", "The upload is too large (PAYLOAD_TOO_LARGE)");
        }
        if (write) {
            errors.put("422", "A business rule refuses the request; code names the rule");
        }
        namedInText(operation).forEach((status, codes) -> errors.put(status,
                errors.getOrDefault(status, GENERIC.getOrDefault(status, "Refused")) + "; for example " + String.join(", ", codes)));
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (String status : errors.keySet()) {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse());
            }
        }
        for (var entry : responses.getAPIResponses().entrySet()) {
            completeResponse(entry.getKey(), entry.getValue(), errors);
        }
    }

    /** What a status means when an operation's summary names it ("401 PAYMENT_SIGNATURE_INVALID") without the rules above. */
    private static final Map<String, String> GENERIC = Map.of(
            "400", "The request is invalid",
            "401", "The request is not authenticated",
            "403", "The request is forbidden",
            "404", "Not found",
            "409", "The change conflicts with the current state",
            "412", "A precondition failed",
            "413", "The request is too large",
            "422", "A business rule refuses the request");

    private static final Pattern STATUS_AND_CODE = Pattern.compile("\\b([45]\\d\\d) ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\\b");

    /** The error statuses and codes an operation's summary or description names, e.g. "409 PRODUCT_CODE_TAKEN". */
    static Map<String, Set<String>> namedInText(Operation operation) {
        Map<String, Set<String>> named = new TreeMap<>();
        for (String text : new String[]{operation.getSummary(), operation.getDescription()}) {
            if (text == null) {
                continue;
            }
            Matcher m = STATUS_AND_CODE.matcher(text);
            while (m.find()) {
                named.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(m.group(2));
            }
        }
        return named;
    }

    private static void completeResponse(String status, APIResponse response, Map<String, String> errors) {
        if (response.getRef() != null) {
            return;
        }
        boolean error = status.startsWith("4") || status.startsWith("5");
        if (error && errors.containsKey(status) && (response.getDescription() == null || isDefaultPhrase(response.getDescription()))) {
            response.setDescription(errors.get(status));
        }
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(reasonPhrase(status));
        }
        if (error && (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty())) {
            response.setContent(problemContent());
        }
    }

    private static boolean isDefaultPhrase(String description) {
        return Set.of("Bad Request", "Not Authorized", "Not Allowed", "Not Found", "Conflict").contains(description);
    }

    private static String reasonPhrase(String status) {
        return switch (status) {
            case "200" -> "OK";
            case "201" -> "Created";
            case "202" -> "Accepted";
            case "204" -> "No Content";
            default -> "Status " + status;
        };
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }

    /**
     * Quarkus writes the roles of {@code @RolesAllowed} as bearer "scopes", which an HTTP bearer
     * scheme does not have: the roles go into the description and the requirement stays plain.
     */
    private static void rolesIntoDescription(Operation operation) {
        Set<String> roles = new LinkedHashSet<>();
        List<SecurityRequirement> plain = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            SecurityRequirement copy = OASFactory.createSecurityRequirement();
            if (requirement.getSchemes() != null) {
                requirement.getSchemes().forEach((scheme, scopes) -> {
                    if (scopes != null) {
                        roles.addAll(scopes);
                    }
                    copy.addScheme(scheme);
                });
            }
            plain.add(copy);
        }
        if (roles.isEmpty()) {
            return;
        }
        operation.setSecurity(plain);
        String line = "Roles: " + String.join(", ", roles) + ".";
        operation.setDescription(operation.getDescription() == null ? line : operation.getDescription() + "\n\n" + line);
    }

    private static void addMerchantHeader(Operation operation) {
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && MERCHANT_HEADER.equalsIgnoreCase(p.getName()));
        if (!declared) {
            operation.addParameter(OASFactory.createParameter().name(MERCHANT_HEADER).in(Parameter.In.HEADER)
                    .description("The merchant's code, for calls without a token (a token names its merchant)")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }
}
