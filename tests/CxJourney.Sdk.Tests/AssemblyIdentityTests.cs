using System.Reflection;

namespace CxJourney.Sdk.Tests;

public class AssemblyIdentityTests
{
    // A plugin built against our SDK records this reference; Dataverse binds it to the official assembly.
    [Fact]
    public void Sdk_identity_equals_the_official_one()
    {
        var name = typeof(Microsoft.Xrm.Sdk.IPlugin).Assembly.GetName();
        Assert.Equal("Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35", name.FullName);
    }
}
