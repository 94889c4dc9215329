"""Worked example for Laney's p-prime and u-prime charts, computed independently of the Java code.

Laney, D. B. (2002). Improved control charts for attributes. Quality Engineering 14(4), 531-537.

Plain transcription of the published formulas in Python's decimal arithmetic at 40 significant
digits (no floating point, no shared code with JoinedUp). Run: python3 laney_worked_example.py
It prints laney_worked_example.csv. The counts are invented but shaped like monthly NHS data with
large denominators (emergency readmissions out of discharges; falls per 1,000 occupied bed days).

  centre    = sum(x) / sum(n)                        (p-bar or u-bar)
  sigma_i   = sqrt(centre (1 - centre) / n_i)        (p)   or sqrt(centre / n_i)  (u)
  z_i       = (x_i / n_i - centre) / sigma_i
  sigma_z   = mean(|z_i - z_(i-1)|) / 1.128
  limits_i  = centre +/- 3 sigma_i sigma_z;  2-sigma lines centre +/- 2 sigma_i sigma_z
"""
from decimal import Decimal as D, getcontext

getcontext().prec = 40

P_SERIES = [  # (numerator, denominator): readmissions within 30 days / discharges
    (2410, 21850), (2388, 22140), (2502, 21977), (2297, 20810), (2455, 22604),
    (2611, 23120), (2374, 21455), (2296, 21932), (2530, 22710), (2468, 21598),
    (2350, 22301), (2587, 22844), (2421, 21730), (2690, 22419), (2702, 22115),
]
U_SERIES = [  # (falls, occupied bed days)
    (312, 48210), (287, 47655), (341, 49120), (298, 46880), (305, 48930),
    (276, 47012), (359, 50214), (322, 48870), (301, 47760), (288, 49345),
    (334, 48110), (296, 47420), (318, 48650),
]


def chart(kind, series):
    centre = sum(D(x) for x, _ in series) / sum(D(n) for _, n in series)
    rows = []
    for x, n in series:
        variance = centre * (1 - centre) if kind == "p" else centre
        sigma = (variance / D(n)).sqrt()
        value = D(x) / D(n)
        rows.append((x, n, value, sigma, (value - centre) / sigma))
    moving = [abs(rows[i][4] - rows[i - 1][4]) for i in range(1, len(rows))]
    sigma_z = sum(moving) / len(moving) / D("1.128")
    out = []
    for x, n, value, sigma, z in rows:
        w = sigma * sigma_z
        out.append((kind, x, n, value, centre, centre - 3 * w, centre + 3 * w, centre - 2 * w, centre + 2 * w,
                    sigma_z, centre - 3 * sigma, centre + 3 * sigma))
    return out


print("chart,numerator,denominator,value,centre,lpl,upl,near_lpl,near_upl,sigma_z,classic_lpl,classic_upl")
for row in chart("p", P_SERIES) + chart("u", U_SERIES):
    print(",".join(str(v) if isinstance(v, (int, str)) else format(v, ".17g") for v in row))
