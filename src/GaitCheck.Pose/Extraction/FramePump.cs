using System.Collections.Concurrent;
using System.Diagnostics;
using GaitCheck.Pose.Tracking;
using GaitCheck.Video;
using OpenCvSharp;

namespace GaitCheck.Pose.Extraction;

/// <summary>
/// One decoded frame held in a pooled buffer; give it back with <see cref="FramePump.Release"/>. Its frame, index and
/// time may only be read while it is held: once released, the decoder thread refills it, so reading it then
/// throws instead of silently returning a later frame's index and time.
/// </summary>
public sealed class FrameSlot : IDisposable
{
    private readonly Mat _frame = new();
    private int _index;
    private double _time;

    public Mat Frame => Held(_frame);
    public int Index => Held(_index);
    public double Time => Held(_time);
    internal bool IsHeld { get; set; }

    internal Mat Buffer => _frame;

    internal void Set(int index, double time) { _index = index; _time = time; }

    private T Held<T>(T value) => IsHeld ? value : throw new InvalidOperationException("frame slot read after FramePump.Release: copy what you need first");

    public void Dispose() => _frame.Dispose();
}

/// <summary>
/// Decodes frames ahead of the consumer: on a background thread (bounded pool of <see cref="PoolSize"/>
/// reused frame buffers, so memory does not depend on clip length) or inline when threading is off.
/// Decoder errors are rethrown on the consumer's thread.
/// </summary>
public sealed class FramePump : IDisposable
{
    public const int PoolSize = 3;
    private readonly VideoSource _source;
    private readonly StageTimings _timings;
    private readonly FrameSlot[] _pool = [.. Enumerable.Range(0, PoolSize).Select(_ => new FrameSlot())];
    private readonly BlockingCollection<FrameSlot> _free = new(PoolSize);
    private readonly BlockingCollection<FrameSlot> _ready = new(PoolSize);
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread? _thread;
    private Exception? _error;

    public FramePump(VideoSource source, StageTimings timings, bool threaded)
    {
        _source = source;
        _timings = timings;
        foreach (var s in _pool) _free.Add(s);
        if (threaded)
        {
            _thread = new Thread(Produce) { IsBackground = true, Name = "gaitcheck-decode" };
            _thread.Start();
        }
    }

    /// <summary>Next decoded frame, or null at the end of the clip.</summary>
    public FrameSlot? Next()
    {
        if (_thread is null)
        {
            var slot = _free.Take();
            if (Decode(slot)) { slot.IsHeld = true; return slot; }
            _free.Add(slot);
            return null;
        }
        foreach (var s in _ready.GetConsumingEnumerable()) { s.IsHeld = true; return s; }
        if (_error != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(_error).Throw();
        return null;
    }

    public void Release(FrameSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        slot.IsHeld = false;
        _free.Add(slot);
    }

    private bool Decode(FrameSlot slot)
    {
        long t0 = Stopwatch.GetTimestamp();
        bool ok = _source.Read(slot.Buffer, out int index, out double time);
        _timings.Add("decode", t0);
        slot.Set(index, time);
        return ok;
    }

    private void Produce()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var slot = _free.Take(_stop.Token);
                if (!Decode(slot)) break;
                _ready.Add(slot, _stop.Token);
            }
        }
        catch (OperationCanceledException) { /* consumer stopped early */ }
        catch (Exception e) { _error = e; }
        finally { _ready.CompleteAdding(); }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _thread?.Join();
        foreach (var s in _pool) s.Dispose();
        _free.Dispose();
        _ready.Dispose();
        _stop.Dispose();
    }
}
