//! The local problem each step of the search solves (the slopes' prediction of the penalised
//! objective, within the bounds and a trust region), and the measures of a point it uses.

/// Margin the local problems aim inside each condition by (1 is 1% of the budget).
pub(super) const MARGIN: f64 = 1e-3;

pub(super) fn norm2(z: &[f64]) -> f64 {
    z.iter().map(|v| v * v).sum()
}

/// The residuals' total shortfall beyond the margin.
pub(super) fn shortfall(res: &[f64]) -> f64 {
    res.iter().map(|r| (r + MARGIN).max(0.0)).sum()
}

/// The total shortfall, without the margin: 0 when every condition holds.
pub(super) fn total_shortfall(res: &[f64]) -> f64 {
    res.iter().map(|r| r.max(0.0)).sum()
}

/// The penalised objective as the slopes predict it at `y`, from `z`.
pub(super) fn local_merit(jac: &[f64], res: &[f64], z: &[f64], y: &[f64], penalty: f64) -> f64 {
    let n = z.len();
    let mut total = 0.5 * norm2(y);
    for (j, r) in res.iter().enumerate() {
        let a = &jac[j * n..(j + 1) * n];
        let predicted: f64 = r
            + MARGIN
            + a.iter()
                .zip(y.iter().zip(z))
                .map(|(a, (y, z))| a * (y - z))
                .sum::<f64>();
        total += penalty * predicted.max(0.0);
    }
    total
}

/// The local problem: minimise ½‖y‖² + Λ Σⱼ max(0, cⱼ + aⱼ·(y − z)) over `lo ≤ y ≤ hi`, where
/// cⱼ is residual j plus the margin and aⱼ its slopes.
///
/// Its dual is to maximise over 0 ≤ λⱼ ≤ Λ; for given λ the best y is
/// clamp(−Σ λⱼ aⱼ, lo, hi), so each coordinate of the dual is a one-dimensional concave,
/// piecewise-quadratic problem whose derivative is piecewise linear and decreasing: its root
/// is found exactly among the breakpoints. Coordinate ascent converges for this problem
/// (strictly convex primal, box-constrained dual); `dual` carries λ between calls.
pub(super) fn local_problem(
    jac: &[f64],
    res: &[f64],
    z: &[f64],
    lo: &[f64],
    hi: &[f64],
    penalty: f64,
    dual: &mut [f64],
) -> Vec<f64> {
    let n = z.len();
    let m = res.len();
    // Rows that can be short somewhere in the box; the others have λ = 0.
    let mut rows = Vec::new();
    let mut b = vec![0.0; m];
    for j in 0..m {
        let a = &jac[j * n..(j + 1) * n];
        let az: f64 = a.iter().zip(z).map(|(a, z)| a * z).sum();
        b[j] = az - (res[j] + MARGIN);
        let worst: f64 = (0..n).map(|i| (a[i] * lo[i]).max(a[i] * hi[i])).sum();
        let nonzero = a.iter().any(|&v| v != 0.0);
        if nonzero && worst > b[j] {
            rows.push(j);
            dual[j] = dual[j].clamp(0.0, penalty);
        } else {
            dual[j] = 0.0;
        }
    }
    let mut w = vec![0.0; n];
    for &j in &rows {
        let a = &jac[j * n..(j + 1) * n];
        for i in 0..n {
            w[i] -= dual[j] * a[i];
        }
    }
    let mut u = vec![0.0; n];
    let mut points = Vec::with_capacity(2 * n + 2);
    for _sweep in 0..400 {
        let mut largest = 0.0f64;
        for &j in &rows {
            let a = &jac[j * n..(j + 1) * n];
            for i in 0..n {
                u[i] = w[i] + dual[j] * a[i];
            }
            let g = |t: f64| -> f64 {
                let mut s = 0.0;
                for i in 0..n {
                    s += a[i] * (u[i] - t * a[i]).clamp(lo[i], hi[i]);
                }
                s - b[j]
            };
            let t = if g(0.0) <= 0.0 {
                0.0
            } else if g(penalty) >= 0.0 {
                penalty
            } else {
                points.clear();
                points.push(0.0);
                for i in 0..n {
                    if a[i] != 0.0 {
                        for edge in [lo[i], hi[i]] {
                            let t = (u[i] - edge) / a[i];
                            if t > 0.0 && t < penalty {
                                points.push(t);
                            }
                        }
                    }
                }
                points.push(penalty);
                points.sort_unstable_by(f64::total_cmp);
                let mut root = penalty;
                let (mut t0, mut g0) = (0.0, g(0.0));
                for &t1 in &points[1..] {
                    let g1 = g(t1);
                    if g1 <= 0.0 {
                        root = if g0 - g1 > 0.0 {
                            t0 + (t1 - t0) * g0 / (g0 - g1)
                        } else {
                            t1
                        };
                        break;
                    }
                    (t0, g0) = (t1, g1);
                }
                root
            };
            let change = t - dual[j];
            if change != 0.0 {
                for i in 0..n {
                    w[i] = u[i] - t * a[i];
                }
                let size = a.iter().fold(0.0f64, |m, v| m.max(v.abs())) * change.abs();
                largest = largest.max(size);
                dual[j] = t;
            }
        }
        if largest < 1e-12 {
            break;
        }
    }
    (0..n).map(|i| w[i].clamp(lo[i], hi[i])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_local_problem_is_solved_exactly() {
        // min ½‖y‖² subject to y0 + y1 >= 1 (as -y0 - y1 + 1 <= 0 at z = 0), |y| <= 1:
        // the answer is (½, ½).
        let jac = [-1.0, -1.0];
        let res = [1.0 - MARGIN];
        let mut dual = [0.0];
        let y = local_problem(
            &jac,
            &res,
            &[0.0, 0.0],
            &[-1.0, -1.0],
            &[1.0, 1.0],
            1e3,
            &mut dual,
        );
        assert!(
            (y[0] - 0.5).abs() < 1e-12 && (y[1] - 0.5).abs() < 1e-12,
            "{y:?}"
        );
        assert!((dual[0] - 0.5).abs() < 1e-12);
        // With y1 held at most 0.2, y0 makes up the rest.
        let y = local_problem(
            &jac,
            &res,
            &[0.0, 0.0],
            &[-1.0, -1.0],
            &[1.0, 0.2],
            1e3,
            &mut dual,
        );
        assert!(
            (y[0] - 0.8).abs() < 1e-12 && (y[1] - 0.2).abs() < 1e-12,
            "{y:?}"
        );
        // Out of reach within the box: as close as the box allows, the dual at the penalty.
        let y = local_problem(
            &jac,
            &[5.0],
            &[0.0, 0.0],
            &[-1.0, -1.0],
            &[1.0, 1.0],
            1e3,
            &mut dual,
        );
        assert_eq!(y, vec![1.0, 1.0]);
        assert_eq!(dual[0], 1e3);
    }
}
