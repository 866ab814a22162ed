using GaitCheck.Markers;
using Xunit;

namespace GaitCheck.Markers.Tests;

public class AssignmentTests
{
    [Fact]
    public void Finds_the_minimum_total_not_the_greedy_choice()
    {
        // Greedy would give row 0 column 0 (cost 1) and leave row 1 with column 1 (cost 10): total 11. Optimal: 2 + 2 = 4.
        var cost = new double[,] { { 1, 2 }, { 2, 10 } };
        Assert.Equal([1, 0], Assignment.Solve(cost, [100, 100]));
    }

    [Fact]
    public void A_row_takes_its_gap_when_every_column_is_dearer_or_forbidden()
    {
        var cost = new double[,] { { 50, double.PositiveInfinity }, { 1, double.PositiveInfinity } };
        Assert.Equal([-1, 0], Assignment.Solve(cost, [5, 5]));
        Assert.Equal([-1], Assignment.Solve(new double[1, 0], [5]));
    }

    [Fact]
    public void More_columns_than_rows_each_column_used_once()
    {
        var cost = new double[,] { { 3, 1, 7 }, { 2, 1, 9 } };
        var r = Assignment.Solve(cost, [100, 100]);
        Assert.Equal(2, r.Distinct().Count());
        Assert.Equal(3, cost[0, r[0]] + cost[1, r[1]]);
    }
}
