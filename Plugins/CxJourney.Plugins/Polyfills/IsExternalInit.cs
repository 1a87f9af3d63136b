#if NETFRAMEWORK
namespace System.Runtime.CompilerServices
{
    // net462 lacks this marker type; the compiler needs it for `init` accessors and records.
    // Internal, so it adds nothing to the deployed assembly's public surface.
    internal static class IsExternalInit { }
}
#endif
