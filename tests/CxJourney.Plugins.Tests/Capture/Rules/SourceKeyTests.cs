using System;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Tests.Capture.Rules;

public class SourceKeyTests
{
    [Fact]
    public void A_record_key_is_its_id_in_36_lower_case_characters()
    {
        var id = new Guid("A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF");
        Assert.Equal("a1b2c3d4-e5f6-4711-8899-aabbccddeeff", SourceKeys.ForRecord(id));
    }

    [Fact]
    public void Name_based_ids_are_rfc_4122_version_5()
    {
        // The RFC's DNS namespace; Python's uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") gives the same id.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), SourceKeys.NameBased(dns, "python.org"));
    }

    [Fact]
    public void An_event_key_is_the_same_for_a_redelivery_and_new_for_another_occurrence()
    {
        var caseId = Guid.NewGuid();
        var at = new DateTime(2025, 3, 1, 10, 0, 5, DateTimeKind.Utc);
        var key = SourceKeys.ForEvent(caseId, Choices.TouchpointKind.Reopened, at);

        Assert.Equal(key, SourceKeys.ForEvent(caseId, Choices.TouchpointKind.Reopened, at));
        Assert.Equal(key, SourceKeys.ForEvent(caseId, Choices.TouchpointKind.Reopened, at.AddMilliseconds(400)));
        Assert.Equal(key, SourceKeys.ForEvent(caseId, Choices.TouchpointKind.Reopened, DateTime.SpecifyKind(at, DateTimeKind.Unspecified)));
        Assert.NotEqual(key, SourceKeys.ForEvent(caseId, Choices.TouchpointKind.Reopened, at.AddSeconds(1)));
        Assert.NotEqual(key, SourceKeys.ForEvent(caseId, Choices.TouchpointKind.Resolved, at));
        Assert.NotEqual(key, SourceKeys.ForEvent(Guid.NewGuid(), Choices.TouchpointKind.Reopened, at));
        Assert.Equal(36, key.Length);
        Assert.Equal(key.ToLowerInvariant(), key);
    }
}
