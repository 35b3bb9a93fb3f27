import typing as t

Direction = t.Literal["Ingress", "Egress"]
