using System;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>
/// cx_threadkey values. A case is a thread: the case's own events and every activity regarding it pair
/// customer messages with our replies. Activities about no case belong to the contact's general
/// conversation, which has no key (the rollup treats an empty key as that conversation).
/// </summary>
public static class ThreadKeys
{
    public const string CasePrefix = "incident:";

    public static string ForCase(Guid caseId) => CasePrefix + caseId.ToString("D");
}
