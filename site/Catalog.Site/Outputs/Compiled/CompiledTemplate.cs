using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using Catalog.Domain.Text;
using Catalog.Site.Pages;
using Fluid.Ast.BinaryExpressions;
using Fluid.Ast;
using Fluid.Parser;
using Fluid.Values;
using Fluid;

namespace Catalog.Site.Outputs.Compiled;

/// <summary>
/// A Liquid template parsed by Fluid, turned once into plain delegates over the page model's own
/// properties: the same output as Fluid's interpreter without its per-page work (a value object per member
/// read, an async state machine and a list copy per loop, a scope per iteration), which was most of a tool
/// page's rendering at hundreds of thousands of pages.
/// <para>
/// Only the part of Liquid our templates use is compiled, and only with types whose output is certain:
/// text, output of strings, whole numbers and booleans; <c>if</c>/<c>elsif</c>/<c>else</c> with truthiness,
/// <c>==</c>/<c>!=</c>, <c>&lt;</c>/<c>&gt;</c>, <c>and</c>/<c>or</c>; <c>for</c> with <c>else</c>; <c>.size</c> and
/// <c>.first</c>; the filters <c>visible</c>, <c>reveal</c>, <c>downcase</c> and <c>minus</c>. Anything else
/// makes <see cref="TryCompile"/> refuse, and the template stays with Fluid. Strings are HTML-encoded on
/// output exactly as Fluid encodes them; only <c>visible</c>'s output (already encoded) is written as it is.
/// </para>
/// </summary>
internal sealed class CompiledTemplate
{
    private readonly Node[] body;
    private readonly int slots;

    private CompiledTemplate(Node[] body, int slots)
    {
        this.body = body;
        this.slots = slots;
    }

    /// <summary>Compiles <paramref name="template"/> for models of <paramref name="modelType"/>; null, with the reason, when it uses anything not covered.</summary>
    public static CompiledTemplate? TryCompile(IFluidTemplate template, Type modelType, TemplateOptions options, out string? refusal)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(modelType);
        ArgumentNullException.ThrowIfNull(options);
        if (template is not FluidTemplate parsed)
        {
            refusal = $"a template of type {template.GetType().Name} has no statements to compile";
            return null;
        }

        try
        {
            var compiler = new Compiler(modelType, options);
            var body = compiler.Block(parsed.Statements);
            refusal = null;
            return new CompiledTemplate(body, compiler.Slots);
        }
        catch (NotSupportedException ex)
        {
            refusal = ex.Message;
            return null;
        }
    }

    /// <summary>Writes the template's output for <paramref name="model"/>, with <paramref name="site"/> as the <c>site</c> variable.</summary>
    public void Render(object model, SiteChrome site, TextWriter writer, TextEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var frame = new Frame(model, site, slots == 0 ? [] : new object?[slots], writer, encoder);
        Run(body, frame);
    }

    private static void Run(Node[] nodes, Frame frame)
    {
        foreach (var node in nodes)
        {
            node.Render(frame);
        }
    }

    /// <summary>One rendering's state: the model, the <c>site</c> variable and the loop variables by slot.</summary>
    private sealed record Frame(object Model, SiteChrome Site, object?[] Slots, TextWriter Writer, TextEncoder Encoder);

    private abstract class Node
    {
        public abstract void Render(Frame frame);
    }

    /// <summary>The template's own text, also kept in UTF-8 for a page writer to copy as it is rather than encode on every page.</summary>
    private sealed class TextNode(string text) : Node
    {
        private readonly byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(text);

        public override void Render(Frame frame)
        {
            if (frame.Writer is Utf8PageWriter page)
            {
                page.WriteUtf8(utf8);
            }
            else
            {
                frame.Writer.Write(text);
            }
        }
    }

    /// <summary>How a value is written: as Fluid writes a string (encoded), an already-encoded string, a number or a boolean.</summary>
    private enum Kind
    {
        Text,
        Html,
        Number,
        Boolean,
        List,
        Model,
    }

    /// <summary>A compiled expression: how to get its value, what kind it is, its CLR type, and for a list its item type.</summary>
    private sealed record Value(Func<Frame, object?> Get, Kind Kind, Type Type, Type? ItemType = null);

    private sealed class OutputNode(Value value) : Node
    {
        public override void Render(Frame frame)
        {
            switch (value.Get(frame))
            {
                case null:
                    return;
                case string text when value.Kind == Kind.Html:
                    frame.Writer.Write(text);
                    return;
                case string text:
                    if (text.Length > 0)
                    {
                        frame.Encoder.Encode(frame.Writer, text);
                    }

                    return;
                case bool flag:
                    frame.Writer.Write(flag ? "true" : "false");
                    return;
                case long number:
                    frame.Encoder.Encode(frame.Writer, number.ToString(CultureInfo.InvariantCulture));
                    return;
                case int number:
                    frame.Encoder.Encode(frame.Writer, number.ToString(CultureInfo.InvariantCulture));
                    return;
                default:
                    throw new InvalidOperationException("A compiled output met a value of a kind it was not compiled for.");
            }
        }
    }

    /// <summary>An if with its elsifs and else; the branches are an array so trying them allocates nothing (a list's enumerator, boxed, was a tool page's commonest garbage).</summary>
    private sealed class IfNode((Func<Frame, bool> Condition, Node[] Body)[] branches, Node[]? otherwise) : Node
    {
        public override void Render(Frame frame)
        {
            foreach (var (condition, branch) in branches)
            {
                if (condition(frame))
                {
                    Run(branch, frame);
                    return;
                }
            }

            if (otherwise is not null)
            {
                Run(otherwise, frame);
            }
        }
    }

    private sealed class ForNode(Value source, int slot, Node[] body, Node[]? otherwise) : Node
    {
        public override void Render(Frame frame)
        {
            var items = source.Get(frame) as System.Collections.IEnumerable;
            var any = false;
            if (items is System.Collections.IList list)
            {
                // The models' lists, walked by index: no enumerator to allocate for every loop of every page.
                for (var i = 0; i < list.Count; i++)
                {
                    any = true;
                    frame.Slots[slot] = list[i];
                    Run(body, frame);
                }

                frame.Slots[slot] = null;
            }
            else if (items is not null)
            {
                foreach (var item in items)
                {
                    any = true;
                    frame.Slots[slot] = item;
                    Run(body, frame);
                }

                frame.Slots[slot] = null;
            }

            if (!any && otherwise is not null)
            {
                Run(otherwise, frame);
            }
        }
    }

    /// <summary>Turns statements into nodes, keeping track of the loop variables in scope and their types.</summary>
    private sealed class Compiler(Type modelType, TemplateOptions options)
    {
        private readonly List<(string Name, int Slot, Type Type)> scope = [];

        public int Slots { get; private set; }

        public Node[] Block(IReadOnlyList<Statement>? statements)
        {
            var nodes = new List<Node>();
            foreach (var statement in statements ?? [])
            {
                if (Statement(statement) is { } node)
                {
                    nodes.Add(node);
                }
            }

            return [.. nodes];
        }

        private Node? Statement(Statement statement) => statement switch
        {
            TextSpanStatement text => Text(text),
            OutputStatement output => new OutputNode(Writable(Output(output))),
            IfStatement branch => If(branch),
            ForStatement loop => For(loop),
            _ => throw new NotSupportedException($"the statement {statement.GetType().Name} is not compiled"),
        };

        private Node? Text(TextSpanStatement text)
        {
            // Trimming ({%- and -%}) is worked out by Fluid itself, with the same options it renders with.
            text.PrepareBuffer(options);
            return string.IsNullOrEmpty(text.Buffer) ? null : new TextNode(text.Buffer);
        }

        private Value Output(OutputStatement output)
        {
            var value = Expression(output.Expression);
            foreach (var filter in output.Filters ?? [])
            {
                value = Filter(filter, value);
            }

            return value;
        }

        private static Value Writable(Value value) => value.Kind is Kind.Text or Kind.Html or Kind.Number or Kind.Boolean
            ? value
            : throw new NotSupportedException($"a value of type {value.Type.Name} is written; only text, whole numbers and booleans are compiled");

        private IfNode If(IfStatement statement)
        {
            var branches = new List<(Func<Frame, bool>, Node[])> { (Condition(statement.Condition), Block(statement.Statements)) };
            foreach (var elseIf in statement.ElseIfs ?? [])
            {
                branches.Add((Condition(elseIf.Condition), Block(elseIf.Statements)));
            }

            return new IfNode([.. branches], statement.Else is null ? null : Block(statement.Else.Statements));
        }

        private ForNode For(ForStatement statement)
        {
            if (statement.Limit is not null || statement.Offset is not null || statement.Reversed || statement.Range is not null)
            {
                throw new NotSupportedException("a for loop with limit, offset, reversed or a range is not compiled");
            }

            var source = Expression(statement.Source);
            if (source.Kind != Kind.List || source.ItemType is null)
            {
                throw new NotSupportedException($"for loops over {source.Type.Name} are not compiled");
            }

            // The else branch runs outside the loop variable's scope, as in Fluid.
            var otherwise = statement.Else is null ? null : Block(statement.Else.Statements);
            var slot = Slots++;
            scope.Add((statement.Identifier, slot, source.ItemType));
            var body = Block(statement.Statements);
            scope.RemoveAt(scope.Count - 1);
            return new ForNode(source, slot, body, otherwise);
        }

        private Func<Frame, bool> Condition(Fluid.Ast.Expression expression)
        {
            switch (expression)
            {
                case AndBinaryExpression and:
                {
                    var (left, right) = (Condition(and.Left), Condition(and.Right));
                    return frame => left(frame) && right(frame);
                }

                case OrBinaryExpression or:
                {
                    var (left, right) = (Condition(or.Left), Condition(or.Right));
                    return frame => left(frame) || right(frame);
                }

                case EqualBinaryExpression equal:
                    return Equality(equal.Left, equal.Right);
                case NotEqualBinaryExpression notEqual:
                {
                    var equality = Equality(notEqual.Left, notEqual.Right);
                    return frame => !equality(frame);
                }

                case GreaterThanBinaryExpression greater:
                    return Comparison(greater.Left, greater.Right, greater: true, greater.Strict);
                case LowerThanBinaryExpression lower:
                    return Comparison(lower.Left, lower.Right, greater: false, lower.Strict);
                case BinaryExpression other:
                    throw new NotSupportedException($"the operator {other.GetType().Name} is not compiled");
                default:
                {
                    // Liquid's truth: only nil and false are false; an empty string, zero or an empty list are true.
                    var value = Expression(expression).Get;
                    return frame => value(frame) switch
                    {
                        null => false,
                        bool flag => flag,
                        _ => true,
                    };
                }
            }
        }

        private Func<Frame, bool> Equality(Fluid.Ast.Expression leftExpression, Fluid.Ast.Expression rightExpression)
        {
            var (left, right) = (Expression(leftExpression), Expression(rightExpression));
            if (left.Kind == Kind.Text && right.Kind == Kind.Text)
            {
                // Fluid compares strings ordinally, and nil equals only nil.
                return frame => string.Equals((string?)left.Get(frame), (string?)right.Get(frame), StringComparison.Ordinal);
            }

            if (left.Kind == Kind.Number && right.Kind == Kind.Number)
            {
                // nil equals only nil.
                return frame => Number(left.Get(frame)) == Number(right.Get(frame));
            }

            throw new NotSupportedException($"comparing {left.Type.Name} with {right.Type.Name} for equality is not compiled");
        }

        private Func<Frame, bool> Comparison(Fluid.Ast.Expression leftExpression, Fluid.Ast.Expression rightExpression, bool greater, bool strict)
        {
            var (left, right) = (Expression(leftExpression), Expression(rightExpression));
            if (left.Kind != Kind.Number || right.Kind != Kind.Number)
            {
                throw new NotSupportedException($"ordering {left.Type.Name} against {right.Type.Name} is not compiled; only whole numbers are");
            }

            return frame =>
            {
                var (l, r) = (Number(left.Get(frame)), Number(right.Get(frame)));
                if (l is not { } a || r is not { } b)
                {
                    // As Fluid: nil is ordered against nothing, and is only "equal or more/less" than nil.
                    return !strict && l is null && r is null;
                }

                var order = a.CompareTo(b);
                return greater ? (strict ? order > 0 : order >= 0) : (strict ? order < 0 : order <= 0);
            };
        }

        private static long? Number(object? value) => value switch
        {
            null => null,
            int number => number,
            long number => number,
            _ => throw new InvalidOperationException("A compiled comparison met a value that is not a whole number."),
        };

        private Value Expression(Fluid.Ast.Expression expression) => expression switch
        {
            LiteralExpression literal => Literal(literal.Value),
            MemberExpression member => Member(member),
            FilterExpression filter => Filter(filter, Expression(filter.Input)),
            _ => throw new NotSupportedException($"the expression {expression.GetType().Name} is not compiled"),
        };

        private static Value Literal(FluidValue value)
        {
            switch (value)
            {
                case StringValue text:
                {
                    var constant = text.ToStringValue();
                    return new Value(_ => constant, Kind.Text, typeof(string));
                }

                case NumberValue number when decimal.Truncate(number.ToNumberValue()) == number.ToNumberValue()
                    && number.ToNumberValue() is >= long.MinValue and <= long.MaxValue && !HasScale(number.ToNumberValue()):
                {
                    object constant = (long)number.ToNumberValue();
                    return new Value(_ => constant, Kind.Number, typeof(long));
                }

                default:
                    throw new NotSupportedException($"the literal {value.ToStringValue()} ({value.Type}) is not compiled");
            }
        }

        // 2.0 is written "2.0" by Fluid but 2 would be written "2": a literal with decimals is left to Fluid.
        private static bool HasScale(decimal value) => (decimal.GetBits(value)[3] & 0x00FF0000) != 0;

        private Value Member(MemberExpression member)
        {
            var segments = member.Segments;
            if (segments.Count == 0 || segments[0] is not IdentifierSegment first)
            {
                throw new NotSupportedException("a member expression that does not start with a name is not compiled");
            }

            var value = Root(first.Identifier);
            for (var i = 1; i < segments.Count; i++)
            {
                value = segments[i] is IdentifierSegment next
                    ? Property(value, next.Identifier)
                    : throw new NotSupportedException($"the member segment {segments[i].GetType().Name} is not compiled");
            }

            return value;
        }

        /// <summary>As Fluid looks a name up: loop variables (innermost first), then <c>site</c>, then the model's properties.</summary>
        private Value Root(string name)
        {
            for (var i = scope.Count - 1; i >= 0; i--)
            {
                if (scope[i].Name == name)
                {
                    var slot = scope[i].Slot;
                    return Typed(frame => frame.Slots[slot], scope[i].Type);
                }
            }

            if (name == "site")
            {
                return Typed(frame => frame.Site, typeof(SiteChrome));
            }

            return Property(new Value(frame => frame.Model, Kind.Model, modelType), name);
        }

        private Value Property(Value owner, string name)
        {
            if (owner.Kind == Kind.List && name is "size" or "first")
            {
                var items = owner.Get;
                return name == "size"
                    ? new Value(frame => items(frame) is System.Collections.ICollection list ? list.Count : (object?)null, Kind.Number, typeof(int?))
                    : Typed(frame => First(items(frame)), owner.ItemType!);
            }

            if (owner.Kind == Kind.Text && name == "size")
            {
                var text = owner.Get;
                return new Value(frame => text(frame) is string s ? s.Length : (object?)null, Kind.Number, typeof(int?));
            }

            if (owner.Kind != Kind.Model)
            {
                throw new NotSupportedException($"reading '{name}' of a {owner.Type.Name} is not compiled");
            }

            var property = owner.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .SingleOrDefault(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null && options.MemberAccessStrategy.MemberNameStrategy(p) == name)
                ?? throw new NotSupportedException($"{owner.Type.Name} has no property the templates call '{name}'");
            var getter = Getter(property);
            var read = owner.Get;
            return Typed(frame => read(frame) is { } target ? getter(target) : null, property.PropertyType);
        }

        private static object? First(object? items) => items switch
        {
            System.Collections.IList { Count: > 0 } list => list[0],
            _ => null,
        };

        private static Func<object, object?> Getter(PropertyInfo property)
        {
            var target = System.Linq.Expressions.Expression.Parameter(typeof(object), "target");
            var read = System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(target, property.DeclaringType!), property);
            return System.Linq.Expressions.Expression.Lambda<Func<object, object?>>(Boxed(read), target).Compile();
        }

        private static readonly object True = true;
        private static readonly object False = false;

        /// <summary>
        /// The value as an object. Booleans, read by every condition of every page, come out as one of two boxes made
        /// once rather than a new box on each read.
        /// </summary>
        private static System.Linq.Expressions.Expression Boxed(System.Linq.Expressions.Expression value)
        {
            var whenTrue = System.Linq.Expressions.Expression.Constant(True, typeof(object));
            var whenFalse = System.Linq.Expressions.Expression.Constant(False, typeof(object));
            if (value.Type == typeof(bool))
            {
                return System.Linq.Expressions.Expression.Condition(value, whenTrue, whenFalse);
            }

            if (value.Type == typeof(bool?))
            {
                var known = System.Linq.Expressions.Expression.Variable(typeof(bool?), "known");
                return System.Linq.Expressions.Expression.Block(
                    typeof(object),
                    [known],
                    System.Linq.Expressions.Expression.Assign(known, value),
                    System.Linq.Expressions.Expression.Condition(
                        System.Linq.Expressions.Expression.Property(known, nameof(Nullable<bool>.HasValue)),
                        System.Linq.Expressions.Expression.Condition(System.Linq.Expressions.Expression.Property(known, nameof(Nullable<bool>.Value)), whenTrue, whenFalse),
                        System.Linq.Expressions.Expression.Constant(null, typeof(object))));
            }

            return System.Linq.Expressions.Expression.Convert(value, typeof(object));
        }

        /// <summary>The kind of a value of static type <paramref name="type"/>, or a refusal for a type whose output Fluid makes in ways not compiled here.</summary>
        private static Value Typed(Func<Frame, object?> get, Type type)
        {
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            if (underlying == typeof(string))
            {
                return new Value(get, Kind.Text, type);
            }

            if (underlying == typeof(int) || underlying == typeof(long))
            {
                return new Value(get, Kind.Number, type);
            }

            if (underlying == typeof(bool))
            {
                return new Value(get, Kind.Boolean, type);
            }

            if (ItemTypeOf(type) is { } item)
            {
                return new Value(get, Kind.List, type, item);
            }

            if (IsModelType(type))
            {
                return new Value(get, Kind.Model, type);
            }

            throw new NotSupportedException($"values of type {type.Name} are not compiled");
        }

        /// <summary>A list Fluid enumerates as an array: a read-only list (so .size and .first mean what they say) that is not a string.</summary>
        private static Type? ItemTypeOf(Type type) =>
            type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
                ? type.GetGenericArguments()[0]
                : type.IsArray ? type.GetElementType() : null;

        /// <summary>The types whose members the renderer lets templates read: the page models (see <see cref="TemplateRenderer"/>).</summary>
        private static bool IsModelType(Type type) =>
            type.Namespace == typeof(PageLinks).Namespace && !type.IsAbstract && !type.IsNested && type.IsClass;

        private Value Filter(FilterExpression filter, Value input)
        {
            var arguments = filter.Parameters ?? [];
            switch (filter.Name)
            {
                case "minus" when input.Kind == Kind.Number && arguments.Count == 1 && string.IsNullOrEmpty(arguments[0].Name):
                {
                    // Fluid subtracts as decimals, nil counting as zero; whole numbers give the same result as longs.
                    var (left, right) = (input.Get, Expression(arguments[0].Expression));
                    if (right.Kind != Kind.Number)
                    {
                        throw new NotSupportedException($"minus by a {right.Type.Name} is not compiled");
                    }

                    return new Value(frame => (Number(left(frame)) ?? 0) - (Number(right.Get(frame)) ?? 0), Kind.Number, typeof(long));
                }

                case "visible" when input.Kind == Kind.Text && arguments.Count == 0:
                {
                    var text = input.Get;
                    return new Value(frame => VisibleText.ToHtml((string?)text(frame) ?? "", frame.Encoder), Kind.Html, typeof(string));
                }

                case "code_text" when input.Kind == Kind.Text && arguments.Count == 0:
                {
                    var text = input.Get;
                    return new Value(frame => CodeText.ToHtml((string?)text(frame) ?? "", frame.Encoder), Kind.Html, typeof(string));
                }

                case "reveal" when input.Kind == Kind.Text && arguments.Count == 0:
                {
                    var text = input.Get;
                    return new Value(frame => HiddenCharacters.Reveal((string?)text(frame) ?? ""), Kind.Text, typeof(string));
                }

                case "downcase" when input.Kind == Kind.Text && arguments.Count == 0:
                {
                    var text = input.Get;
                    return new Value(frame => ((string?)text(frame) ?? "").ToLowerInvariant(), Kind.Text, typeof(string));
                }

                default:
                    throw new NotSupportedException($"the filter '{filter.Name}' on {input.Type.Name} is not compiled");
            }
        }
    }
}
