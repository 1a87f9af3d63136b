namespace CxJourney.Emulator.Records;

/// <summary>How much of the platform's create behaviour applies to a row being written.</summary>
internal enum WriteMode
{
    /// <summary>A Create request: statecode is ignored, system columns come from the platform.</summary>
    Request,

    /// <summary>
    /// LocalOrganization.Seed: values are validated against the metadata, but the caller may set
    /// statecode/statuscode, createdon, createdby and owner as the data to set up requires.
    /// </summary>
    Seed,
}

/// <summary>Which operation a set of values is prepared for: it decides which columns may be set.</summary>
internal enum WriteIntent
{
    Create,
    Update,
    Seed,
}
