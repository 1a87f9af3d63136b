using System;
using System.CommandLine;
using CxJourney.Dataverse;
using CxJourney.Dataverse.Auth;

namespace CxJourney.Cli.Commands;

/// <summary>
/// The options every command that talks to an organization takes: --url, and how to sign in
/// (--local for `cxjourney serve` on this machine; otherwise Entra ID through the admin's app
/// registration: --client-id and --tenant, a browser or --device-code for a person, and for a
/// pipeline a client secret in CXJOURNEY_CLIENT_SECRET or a --certificate).
/// </summary>
internal sealed class OrganizationOptions
{
    public const string SecretVariable = "CXJOURNEY_CLIENT_SECRET";
    public const string ClientIdVariable = "CXJOURNEY_CLIENT_ID";
    public const string TenantVariable = "CXJOURNEY_TENANT";
    public const string CertificatePasswordVariable = "CXJOURNEY_CERTIFICATE_PASSWORD";

    public Option<string> Url { get; } = new("--url") { Description = "The organization, e.g. https://contoso.crm.dynamics.com (or http://127.0.0.1:PORT with --local)", Required = true };
    public Option<bool> Local { get; } = new("--local") { Description = "Sign in to the local organization of `cxjourney serve` (loopback addresses only; no Entra ID)" };
    public Option<string?> ClientId { get; } = new("--client-id") { Description = $"The app registration's client id [default: ${ClientIdVariable}]" };
    public Option<string?> Tenant { get; } = new("--tenant") { Description = $"The Entra ID tenant id or domain [default: ${TenantVariable}, else 'organizations']" };
    public Option<bool> DeviceCode { get; } = new("--device-code") { Description = "Sign in with a code on another device instead of a browser on this one" };
    public Option<string?> Certificate { get; } = new("--certificate") { Description = $"Sign in as the application with this .pfx certificate (password in ${CertificatePasswordVariable}); a client secret is read from ${SecretVariable}" };

    public void AddTo(Command command)
    {
        command.Options.Add(Url);
        command.Options.Add(Local);
        command.Options.Add(ClientId);
        command.Options.Add(Tenant);
        command.Options.Add(DeviceCode);
        command.Options.Add(Certificate);
    }

    /// <summary>The client for the parsed options, or null with <paramref name="problem"/> saying what is wrong with them.</summary>
    public DataverseClient? Connect(ParseResult parse, CliContext cli, out string? problem)
    {
        problem = null;
        string url = parse.GetValue(Url)!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            problem = $"--url '{url}' is not an http(s) address of an organization";
            return null;
        }
        try
        {
            if (parse.GetValue(Local)) return DataverseClient.Create(uri, LocalSignIn.For(uri));
            var options = new SignInOptions
            {
                ClientId = parse.GetValue(ClientId) ?? Environment.GetEnvironmentVariable(ClientIdVariable),
                Tenant = parse.GetValue(Tenant) ?? Environment.GetEnvironmentVariable(TenantVariable) ?? "organizations",
                ClientSecret = Environment.GetEnvironmentVariable(SecretVariable) is { Length: > 0 } secret ? secret : null,
                CertificateFile = parse.GetValue(Certificate),
                CertificatePassword = Environment.GetEnvironmentVariable(CertificatePasswordVariable),
                DeviceCode = parse.GetValue(DeviceCode),
            };
            return DataverseClient.Create(uri, new MsalSignIn(uri, options, message => cli.Error.WriteLine(message)));
        }
        catch (Exception error) when (error is ArgumentException or System.IO.IOException or System.Security.Cryptography.CryptographicException)
        {
            problem = error.Message;
            return null;
        }
    }
}
