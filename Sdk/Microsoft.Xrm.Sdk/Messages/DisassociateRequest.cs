using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class DisassociateRequest : OrganizationRequest
{
    public DisassociateRequest()
    {
        RequestName = "Disassociate";
        Target = null!;
        Relationship = null!;
        RelatedEntities = null!;
    }

    public EntityReference Target
    {
        get => ParameterValue.Get<EntityReference>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }

    public Relationship Relationship
    {
        get => ParameterValue.Get<Relationship>(Parameters, "Relationship");
        set => Parameters["Relationship"] = value;
    }

    public EntityReferenceCollection RelatedEntities
    {
        get => ParameterValue.Get<EntityReferenceCollection>(Parameters, "RelatedEntities");
        set => Parameters["RelatedEntities"] = value;
    }
}
