# Packs Solution/ into CxJourney_<version>.zip and CxJourney_<version>_managed.zip: a thin wrapper over `cxjourney pack`.
# Usage: ./pack.ps1 [--out DIR] [--version X.Y.Z.W] [--no-build] [--solution DIR] [-c Release]   (./pack.ps1 --help)
$ErrorActionPreference = 'Stop'
dotnet run --project (Join-Path $PSScriptRoot 'Cli/CxJourney.Cli') -c Release -- pack @args
exit $LASTEXITCODE
