using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// The concrete, serializable execution context (what Dataverse posts to service endpoints and
    /// what a host can hand to plug-ins): every value is settable, the collections are created empty.
    /// </summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class RemoteExecutionContext : IPluginExecutionContext, IExecutionContext, IExtensibleDataObject
    {
        private readonly ParameterCollection _inputParameters = new ParameterCollection();
        private readonly ParameterCollection _outputParameters = new ParameterCollection();
        private readonly ParameterCollection _sharedVariables = new ParameterCollection();
        private readonly EntityImageCollection _preEntityImages = new EntityImageCollection();
        private readonly EntityImageCollection _postEntityImages = new EntityImageCollection();

        public RemoteExecutionContext()
        {
        }

        [DataMember]
        public int Stage { get; set; }

        [DataMember]
        public int Mode { get; set; }

        [DataMember]
        public string MessageName { get; set; } = null!;

        [DataMember]
        public string PrimaryEntityName { get; set; } = null!;

        [DataMember]
        public string SecondaryEntityName { get; set; } = null!;

        [DataMember]
        public Guid? RequestId { get; set; }

        [DataMember]
        public ParameterCollection InputParameters => _inputParameters;

        [DataMember]
        public ParameterCollection OutputParameters => _outputParameters;

        [DataMember]
        public ParameterCollection SharedVariables => _sharedVariables;

        [DataMember]
        public Guid UserId { get; set; }

        [DataMember]
        public Guid InitiatingUserId { get; set; }

        [DataMember]
        public Guid BusinessUnitId { get; set; }

        [DataMember]
        public Guid OrganizationId { get; set; }

        [DataMember]
        public string OrganizationName { get; set; } = null!;

        [DataMember]
        public EntityImageCollection PreEntityImages => _preEntityImages;

        [DataMember]
        public EntityImageCollection PostEntityImages => _postEntityImages;

        [DataMember]
        public Guid CorrelationId { get; set; }

        [DataMember]
        public int Depth { get; set; }

        [DataMember]
        public bool IsExecutingOffline { get; set; }

        [DataMember]
        public bool IsOfflinePlayback { get; set; }

        [DataMember]
        public int IsolationMode { get; set; }

        [DataMember]
        public bool IsInTransaction { get; set; }

        [DataMember]
        public Guid OperationId { get; set; }

        [DataMember]
        public EntityReference? OwningExtension { get; set; }

        [DataMember]
        public Guid PrimaryEntityId { get; set; }

        [DataMember]
        public DateTime OperationCreatedOn { get; set; }

        [DataMember]
        public RemoteExecutionContext? ParentContext { get; set; }

        [DataMember(IsRequired = false)]
        public Guid UserAzureActiveDirectoryObjectId { get; set; }

        [DataMember(IsRequired = false)]
        public Guid InitiatingUserAzureActiveDirectoryObjectId { get; set; }

        [DataMember(IsRequired = false)]
        public string? InitiatingUserAgent { get; set; }

        public ExtensionDataObject? ExtensionData { get; set; }

        IPluginExecutionContext? IPluginExecutionContext.ParentContext => ParentContext;
    }
}
