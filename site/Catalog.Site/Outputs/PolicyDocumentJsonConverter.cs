using System.Text.Json;
using System.Text.Json.Serialization;
using Catalog.Domain.Policies;

namespace Catalog.Site.Outputs;

/// <summary>Lets API records carry a policy: it is written exactly as <see cref="PolicyJsonWriter"/> writes policy.json.</summary>
internal sealed class PolicyDocumentJsonConverter : JsonConverter<PolicyDocument>
{
    public override PolicyDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The site only writes policies.");

    public override void Write(Utf8JsonWriter writer, PolicyDocument value, JsonSerializerOptions options) =>
        PolicyJsonWriter.WriteTo(writer, value);
}
