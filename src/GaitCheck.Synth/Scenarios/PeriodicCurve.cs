namespace GaitCheck.Synth.Scenarios;

/// <summary>
/// A smooth periodic curve through (phase, value) knots on [0,1): cubic Hermite segments with
/// Catmull-Rom tangents (finite differences of the neighbouring knots; Catmull &amp; Rom 1974).
/// </summary>
public sealed class PeriodicCurve
{
    private readonly double[] _x, _y, _m;

    public PeriodicCurve(params (double Phase, double Value)[] knots)
    {
        if (knots.Length < 3) throw new ArgumentException("need at least 3 knots");
        var k = knots.OrderBy(p => p.Phase).ToArray();
        int n = k.Length;
        _x = k.Select(p => p.Phase).ToArray();
        _y = k.Select(p => p.Value).ToArray();
        _m = new double[n];
        for (int i = 0; i < n; i++)
        {
            double xp = i == 0 ? _x[n - 1] - 1 : _x[i - 1], yp = i == 0 ? _y[n - 1] : _y[i - 1];
            double xn = i == n - 1 ? _x[0] + 1 : _x[i + 1], yn = i == n - 1 ? _y[0] : _y[i + 1];
            _m[i] = (yn - yp) / (xn - xp);
        }
    }

    public double At(double phase)
    {
        double p = phase - Math.Floor(phase);
        int n = _x.Length;
        int i = n - 1;
        for (int j = 0; j < n; j++) if (_x[j] <= p) i = j;
        if (p < _x[0]) i = n - 1;
        int j1 = (i + 1) % n;
        double x0 = _x[i], x1 = _x[j1];
        if (x1 <= x0) x1 += 1;
        double pp = p < x0 ? p + 1 : p;
        double h = x1 - x0, t = (pp - x0) / h;
        double t2 = t * t, t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * _y[i] + (t3 - 2 * t2 + t) * h * _m[i] + (-2 * t3 + 3 * t2) * _y[j1] + (t3 - t2) * h * _m[j1];
    }
}
