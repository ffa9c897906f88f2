using System.Text.Json.Serialization;
using Catalog.Domain.Catalog;

namespace Catalog.Site.Pipeline;

/// <summary>
/// The server as <see cref="ServerFingerprint.Content"/> hashes it: every public property, generated at
/// compile time against the domain (so a property added there is part of the fingerprint with nothing to
/// remember) and written without reflection, which the first pass spent a third of its time on.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(CatalogServer))]
internal sealed partial class FingerprintJsonContext : JsonSerializerContext;
