namespace Catalog.Cli.Bench;

/// <summary>
/// The processor time this process spent over a span, split into its own code (user) and the kernel's work on its
/// behalf: the floor spends nearly all of it in the kernel, so the split shows what a build adds to it.
/// </summary>
public readonly record struct ProcessorTime(TimeSpan User, TimeSpan Kernel)
{
    public TimeSpan Total => User + Kernel;

    /// <summary>Starts counting from now; <see cref="Span.Stop"/> gives the time spent since.</summary>
    public static Span Start() => new(Environment.CpuUsage);

    public override string ToString() =>
        $"{Total.TotalSeconds:0.0} processor-s: {User.TotalSeconds:0.0} s user, {Kernel.TotalSeconds:0.0} s kernel";

    /// <summary>A count started by <see cref="Start"/>.</summary>
    public readonly struct Span(Environment.ProcessCpuUsage start)
    {
        public ProcessorTime Stop()
        {
            var now = Environment.CpuUsage;
            return new ProcessorTime(now.UserTime - start.UserTime, now.PrivilegedTime - start.PrivilegedTime);
        }
    }
}
