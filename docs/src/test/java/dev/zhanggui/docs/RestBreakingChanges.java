package dev.zhanggui.docs;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;

import java.util.ArrayList;
import java.util.List;

/**
 * The breaking changes from one OpenAPI document to the next, found by openapi-diff and written one
 * line each ("REST: PATCH /api/v1/products/{id}: parameter 'If-Match' (header) removed"), which is
 * also how docs/CHANGELOG.md lists the ones accepted.
 */
final class RestBreakingChanges {
    private RestBreakingChanges() {
    }

    static List<String> between(String releasedYaml, String currentYaml) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(releasedYaml, currentYaml);
        List<String> changes = new ArrayList<>();
        for (Endpoint removed : diff.getMissingEndpoints()) {
            changes.add("REST: " + removed.getMethod() + " " + removed.getPathUrl() + ": operation removed");
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            if (operation.isIncompatible()) {
                String where = "REST: " + operation.getHttpMethod() + " " + operation.getPathUrl() + ": ";
                List<String> found = new ArrayList<>();
                parameters(operation.getParameters(), found);
                requestBody(operation.getRequestBody(), found);
                responses(operation.getApiResponses(), found);
                if (operation.getSecurityRequirements() != null && operation.getSecurityRequirements().isIncompatible()) {
                    found.add("security requirement changed");
                }
                if (found.isEmpty()) {
                    found.add("changed incompatibly");
                }
                found.forEach(f -> changes.add(where + f));
            }
        }
        return changes;
    }

    private static void parameters(ChangedParameters parameters, List<String> found) {
        if (parameters == null || !parameters.isIncompatible()) {
            return;
        }
        parameters.getMissing().forEach(p -> found.add("parameter '" + p.getName() + "' (" + p.getIn() + ") removed"));
        parameters.getIncreased().stream().filter(p -> Boolean.TRUE.equals(p.getRequired()))
                .forEach(p -> found.add("new required parameter '" + p.getName() + "' (" + p.getIn() + ")"));
        for (ChangedParameter p : parameters.getChanged()) {
            if (!p.isIncompatible()) {
                continue;
            }
            String name = "parameter '" + p.getName() + "' (" + p.getIn() + ")";
            if (p.isChangeRequired()) {
                found.add(name + " became required");
            }
            int before = found.size();
            schema(p.getSchema(), name, "", found);
            if (found.size() == before && !p.isChangeRequired()) {
                found.add(name + " changed incompatibly");
            }
        }
    }

    private static void requestBody(ChangedRequestBody body, List<String> found) {
        if (body == null || !body.isIncompatible()) {
            return;
        }
        if (body.isChangeRequired()) {
            found.add("request body became required");
        }
        content(body.getContent(), "request body", found);
    }

    private static void responses(ChangedApiResponse responses, List<String> found) {
        if (responses == null || !responses.isIncompatible()) {
            return;
        }
        responses.getMissing().keySet().forEach(status -> found.add("response " + status + " removed"));
        responses.getChanged().forEach((status, response) -> {
            if (response.isIncompatible()) {
                content(response.getContent(), "response " + status, found);
            }
        });
    }

    private static void content(ChangedContent content, String what, List<String> found) {
        if (content == null || !content.isIncompatible()) {
            return;
        }
        content.getMissing().keySet().forEach(type -> found.add(what + " " + type + " removed"));
        content.getChanged().forEach((type, media) -> {
            if (media.isIncompatible()) {
                int before = found.size();
                schema(media.getSchema(), what + " " + type, "", found);
                if (found.size() == before) {
                    found.add(what + " " + type + " changed incompatibly");
                }
            }
        });
    }

    private static void schema(ChangedSchema schema, String what, String path, List<String> found) {
        if (schema == null || !schema.isIncompatible()) {
            return;
        }
        String at = path.isEmpty() ? "" : " property '" + path + "'";
        if (schema.isChangedType()) {
            found.add(what + at + " type changed");
        }
        schema.getMissingProperties().keySet().forEach(p -> found.add(what + " property '" + join(path, p) + "' removed"));
        if (schema.getRequired() != null) {
            schema.getRequired().getIncreased().forEach(p -> found.add(what + " property '" + join(path, p) + "' became required"));
        }
        if (schema.getEnumeration() != null && schema.getEnumeration().isIncompatible()) {
            found.add(what + at + " enum values changed");
        }
        schema.getChangedProperties().forEach((p, changed) -> schema(changed, what, join(path, p), found));
        schema(schema.getItems(), what, path + "[]", found);
    }

    private static String join(String path, String property) {
        return path.isEmpty() ? property : path + "." + property;
    }
}
