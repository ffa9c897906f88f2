using System.Runtime.ExceptionServices;

namespace Catalog.Site.Tests;

/// <summary>Runs work on a thread of its own, so it starts with none of the current thread's reused buffers and caches.</summary>
internal static class FreshThread
{
    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        });
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
