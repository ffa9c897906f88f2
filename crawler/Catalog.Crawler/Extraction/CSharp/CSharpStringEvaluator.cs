using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Catalog.Crawler.Extraction.CSharp;

/// <summary>
/// Folds the string expressions a tool's name or description is written with (literals of every kind,
/// '+' concatenations, interpolations, nameof, and const or static readonly string fields declared in the
/// same file) into their text, without compiling anything. Anything else is not a constant: null.
/// </summary>
internal sealed class CSharpStringEvaluator
{
    // Guards against fields defined in terms of each other (A = B; B = A) and against absurd nesting.
    private const int MaxDepth = 32;

    // A = B + B; B = C + C; ... doubles at every step: text past this length is not a description.
    private const int MaxLength = 1 << 20;

    private readonly Dictionary<string, VariableDeclaratorSyntax> uniqueByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> ambiguousNames = new(StringComparer.Ordinal);
    private readonly Dictionary<(SyntaxNode Type, string Name), VariableDeclaratorSyntax> byDeclaringType = [];
    private readonly Dictionary<(string Type, string Name), VariableDeclaratorSyntax> byTypeName = [];
    private readonly Dictionary<VariableDeclaratorSyntax, string?> values = [];

    public CSharpStringEvaluator(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var field in root.DescendantNodes(n => n is not BaseMethodDeclarationSyntax and not AccessorListSyntax).OfType<FieldDeclarationSyntax>())
        {
            var modifiers = field.Modifiers;
            var constant = modifiers.Any(SyntaxKind.ConstKeyword)
                || (modifiers.Any(SyntaxKind.StaticKeyword) && modifiers.Any(SyntaxKind.ReadOnlyKeyword));
            if (!constant)
            {
                continue;
            }

            foreach (var variable in field.Declaration.Variables)
            {
                if (variable.Initializer is null)
                {
                    continue;
                }

                var name = variable.Identifier.ValueText;
                if (!uniqueByName.TryAdd(name, variable))
                {
                    ambiguousNames.Add(name);
                }

                if (variable.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is { } type)
                {
                    byDeclaringType.TryAdd((type, name), variable);
                    byTypeName.TryAdd((type.Identifier.ValueText, name), variable);
                }
            }
        }
    }

    public string? Evaluate(ExpressionSyntax? expression) => Evaluate(expression, 0);

    private string? Evaluate(ExpressionSyntax? expression, int depth)
    {
        if (expression is null || depth > MaxDepth)
        {
            return null;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return literal.Token.ValueText;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.CharacterLiteralExpression):
                return literal.Token.ValueText;
            case ParenthesizedExpressionSyntax parenthesized:
                return Evaluate(parenthesized.Expression, depth + 1);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                return Concatenate(binary, depth);
            case InterpolatedStringExpressionSyntax interpolated:
                return Interpolate(interpolated, depth);
            case InvocationExpressionSyntax invocation when IsNameOf(invocation):
                return NameOf(invocation.ArgumentList.Arguments[0].Expression);
            case IdentifierNameSyntax identifier:
                return Field(identifier.Identifier.ValueText, null, expression, depth);
            case MemberAccessExpressionSyntax member when member.Expression is NameSyntax owner:
                return Field(member.Name.Identifier.ValueText, LastName(owner), expression, depth);
            default:
                return null;
        }
    }

    // A long chain a + b + c + ... nests to the left; walking it with a stack keeps deep chains off the call stack.
    private string? Concatenate(BinaryExpressionSyntax binary, int depth)
    {
        ExpressionSyntax current = binary;
        var rights = new List<ExpressionSyntax>();
        while (current is BinaryExpressionSyntax add && add.IsKind(SyntaxKind.AddExpression))
        {
            rights.Add(add.Right);
            current = add.Left;
        }

        var builder = new StringBuilder();
        var first = Evaluate(current, depth + 1);
        if (first is null)
        {
            return null;
        }

        builder.Append(first);
        for (var i = rights.Count - 1; i >= 0; i--)
        {
            var part = Evaluate(rights[i], depth + 1);
            if (part is null)
            {
                return null;
            }

            builder.Append(part);
            if (builder.Length > MaxLength)
            {
                return null;
            }
        }

        return builder.ToString();
    }

    // Holes that are not constants keep their source text so the description still reads as written.
    private string? Interpolate(InterpolatedStringExpressionSyntax interpolated, int depth)
    {
        var builder = new StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            switch (content)
            {
                case InterpolatedStringTextSyntax text:
                    builder.Append(text.TextToken.ValueText);
                    break;
                case InterpolationSyntax hole:
                    builder.Append(Evaluate(hole.Expression, depth + 1) ?? "{" + hole.Expression.ToString() + "}");
                    break;
            }

            if (builder.Length > MaxLength)
            {
                return null;
            }
        }

        return builder.ToString();
    }

    // A simple name means a field of an enclosing type first, then the only field of that name in the file.
    private string? Field(string name, string? ownerType, SyntaxNode usage, int depth)
    {
        VariableDeclaratorSyntax? chosen = null;
        if (ownerType is not null)
        {
            byTypeName.TryGetValue((ownerType, name), out chosen);
        }
        else
        {
            foreach (var type in usage.Ancestors().OfType<BaseTypeDeclarationSyntax>())
            {
                if (byDeclaringType.TryGetValue((type, name), out chosen))
                {
                    break;
                }
            }
        }

        if (chosen is null && !ambiguousNames.Contains(name))
        {
            uniqueByName.TryGetValue(name, out chosen);
        }

        return chosen is null ? null : FieldValue(chosen, depth);
    }

    private string? FieldValue(VariableDeclaratorSyntax field, int depth)
    {
        if (values.TryGetValue(field, out var known))
        {
            return known;
        }

        // Marked before evaluating, so a field that refers to itself reads as not constant.
        values[field] = null;
        var value = Evaluate(field.Initializer!.Value, depth + 1);
        values[field] = value;
        return value;
    }

    private static bool IsNameOf(InvocationExpressionSyntax invocation) =>
        invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" }
        && invocation.ArgumentList.Arguments.Count == 1;

    private static string? NameOf(ExpressionSyntax argument) => argument switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        _ => null,
    };

    private static string LastName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => name.ToString(),
    };
}
