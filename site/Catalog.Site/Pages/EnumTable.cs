using System.Runtime.CompilerServices;

namespace Catalog.Site.Pages;

/// <summary>
/// A value made once for each defined member of a small enum numbered from 0 (the labels), then looked up by
/// number: label texts and addresses are wanted for every tool and every page. A value outside the members is
/// made afresh each time, as it was before there was a table.
/// </summary>
internal sealed class EnumTable<TEnum, TValue>
    where TEnum : struct, Enum
{
    private readonly Func<TEnum, TValue> make;
    private readonly TValue[] values;
    private readonly bool[] defined;

    public EnumTable(Func<TEnum, TValue> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        if (Unsafe.SizeOf<TEnum>() != sizeof(int))
        {
            throw new NotSupportedException($"{typeof(TEnum).Name} is not an int enum.");
        }

        this.make = make;
        var members = Enum.GetValues<TEnum>();
        var size = members.Length == 0 ? 0 : members.Max(Number) + 1;
        values = new TValue[Math.Max(size, 0)];
        defined = new bool[values.Length];
        foreach (var member in members)
        {
            if (Number(member) >= 0)
            {
                values[Number(member)] = make(member);
                defined[Number(member)] = true;
            }
        }
    }

    public TValue this[TEnum member]
    {
        get
        {
            var number = (uint)Number(member);
            return number < (uint)defined.Length && defined[number] ? values[number] : make(member);
        }
    }

    private static int Number(TEnum member) => Unsafe.As<TEnum, int>(ref member);
}
