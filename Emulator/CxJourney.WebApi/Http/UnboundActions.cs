using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.WebApi.Json;
using CxJourney.WebApi.OData;
using Microsoft.AspNetCore.Http;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Http;

/// <summary>
/// The unbound actions deployment tools call: <c>POST ImportSolutionAsync</c> (parameters as the
/// action defines them, CustomizationFile an Edm.Binary in base64; answers AsyncOperationId and
/// ImportJobKey) and <c>POST PublishAllXml</c> (no parameters; 204). Each runs as the organization
/// message of the same name, through the request processor like every other request.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-web-api-actions
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/importsolutionasync
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/publishallxml
internal static class UnboundActions
{
    public static bool IsAction(string resource) => resource is "ImportSolutionAsync" or "PublishAllXml";

    public static async Task RunAsync(WebApiRequest request, string action)
    {
        if (request.Http.Request.Method != "POST")
        {
            throw new ODataException($"The action '{action}' is invoked with POST.", StatusCodes.Status405MethodNotAllowed);
        }
        using JsonDocument body = request.Http.Request.ContentLength is 0
            ? JsonDocument.Parse("{}")
            : await JsonDocument.ParseAsync(request.Http.Request.Body);
        if (body.RootElement.ValueKind != JsonValueKind.Object) throw new ODataException($"The body of '{action}' must be a JSON object of its parameters.");

        if (action == "PublishAllXml")
        {
            request.Service.Execute(new OrganizationRequest("PublishAllXml"));
            request.WriteNoContent();
            return;
        }

        var import = new OrganizationRequest("ImportSolutionAsync");
        foreach (JsonProperty parameter in body.RootElement.EnumerateObject())
        {
            import.Parameters[parameter.Name] = parameter.Name switch
            {
                "CustomizationFile" => Binary(parameter),
                "ImportJobId" => Guid.TryParse(parameter.Value.GetString(), out Guid id) ? id : throw new ODataException("ImportJobId must be a guid."),
                "OverwriteUnmanagedCustomizations" or "PublishWorkflows" or "ConvertToManaged" or "SkipProductUpdateDependencies" or "HoldingSolution"
                    => parameter.Value.ValueKind is JsonValueKind.True or JsonValueKind.False ? parameter.Value.GetBoolean() : throw new ODataException($"{parameter.Name} must be true or false."),
                _ => throw new ODataException($"The parameter '{parameter.Name}' is not supported by ImportSolutionAsync in the local organization."),
            };
        }
        foreach (string required in new[] { "OverwriteUnmanagedCustomizations", "PublishWorkflows" })
        {
            // Both are non-nullable in the action's definition.
            if (!import.Parameters.ContainsKey(required)) throw new ODataException($"ImportSolutionAsync: the required parameter {required} is missing.");
        }
        OrganizationResponse response = request.Service.Execute(import);
        var answer = new List<KeyValuePair<string, object?>>
        {
            new("@odata.context", request.ApiUri + "$metadata#Microsoft.Dynamics.CRM.ImportSolutionAsyncResponse"),
            new("AsyncOperationId", response.Results["AsyncOperationId"]),
            new("ImportJobKey", response.Results["ImportJobKey"]),
        };
        await request.WriteJsonAsync(200, ODataJsonWriter.Object(answer));
    }

    private static byte[] Binary(JsonProperty parameter)
    {
        try
        {
            return parameter.Value.GetBytesFromBase64();
        }
        catch (Exception error) when (error is FormatException or InvalidOperationException)
        {
            throw new ODataException("CustomizationFile must be the solution zip in base64 (Edm.Binary).");
        }
    }
}
