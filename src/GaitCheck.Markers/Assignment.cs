namespace GaitCheck.Markers;

/// <summary>
/// Minimum-cost assignment of rows (markers) to columns (blobs), each row to at most one column and each column to
/// at most one row, a row left unassigned at its own gap cost: the Hungarian method (Kuhn 1955; Munkres 1957) on the
/// square matrix padded with one gap column per row. Costs of +∞ forbid a pair.
/// </summary>
public static class Assignment
{
    /// <summary>For each row, its column, or −1 for a gap.</summary>
    public static int[] Solve(double[,] cost, double[] gapCost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        ArgumentNullException.ThrowIfNull(gapCost);
        int rows = cost.GetLength(0), cols = cost.GetLength(1), n = Math.Max(rows, cols + rows);
        const double Forbidden = 1e12;
        var a = new double[n + 1, n + 1];
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= n; j++)
            {
                int r = i - 1, c = j - 1;
                a[i, j] = r >= rows ? 0
                    : c < cols ? (double.IsFinite(cost[r, c]) ? cost[r, c] : Forbidden)
                    : c - cols == r ? gapCost[r] : Forbidden;
            }
        var u = new double[n + 1]; var v = new double[n + 1];
        var p = new int[n + 1]; var way = new int[n + 1];
        for (int i = 1; i <= n; i++)
        {
            p[0] = i;
            int j0 = 0;
            var minv = new double[n + 1]; var used = new bool[n + 1];
            Array.Fill(minv, double.PositiveInfinity);
            do
            {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                double delta = double.PositiveInfinity;
                for (int j = 1; j <= n; j++)
                {
                    if (used[j]) continue;
                    double cur = a[i0, j] - u[i0] - v[j];
                    if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
                    if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                }
                for (int j = 0; j <= n; j++)
                    if (used[j]) { u[p[j]] += delta; v[j] -= delta; }
                    else minv[j] -= delta;
                j0 = j1;
            } while (p[j0] != 0);
            do { int j1 = way[j0]; p[j0] = p[j1]; j0 = j1; } while (j0 != 0);
        }
        var result = new int[rows];
        Array.Fill(result, -1);
        for (int j = 1; j <= n; j++)
        {
            int r = p[j] - 1, c = j - 1;
            if (r >= 0 && r < rows && c < cols && a[p[j], j] < Forbidden) result[r] = c;
        }
        return result;
    }
}
