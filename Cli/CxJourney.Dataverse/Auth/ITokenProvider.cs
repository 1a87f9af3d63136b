using System.Threading;
using System.Threading.Tasks;

namespace CxJourney.Dataverse.Auth;

/// <summary>Where the client's bearer token comes from; null sends no Authorization header.</summary>
public interface ITokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
