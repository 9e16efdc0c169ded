"""The 16 categories of supplies and services of Japan's post-2016 ACSAs.

The list of categories a partner may use belongs to the agreement (see the
``agreement`` table); this is the catalogue those lists are drawn from.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    en: str
    ja: str
    fr: str
    supply: bool  # goods (replacement in kind possible) rather than a service

    def label(self, lang: str) -> str:
        return str(getattr(self, lang, self.en))


CATEGORIES: tuple[Category, ...] = (
    Category("food", "Food", "食料", "Vivres", True),
    Category("water", "Water", "水", "Eau", True),
    Category("billeting", "Billeting", "宿泊", "Hébergement", False),
    Category(
        "transportation",
        "Transportation (including airlift)",
        "輸送（空輸を含む）",
        "Transport (y compris le transport aérien)",
        False,
    ),
    Category(
        "fuel",
        "Petroleum, oils and lubricants",
        "燃料・油脂・潤滑油",
        "Produits pétroliers, huiles et lubrifiants",
        True,
    ),
    Category("clothing", "Clothing", "被服", "Habillement", True),
    Category("communications", "Communications", "通信業務", "Communications", False),
    Category("medical", "Medical services", "衛生業務", "Services médicaux", False),
    Category("base_support", "Base support", "基地活動支援", "Soutien de base", False),
    Category("storage", "Storage", "保管業務", "Entreposage", False),
    Category("facilities", "Use of facilities", "施設の利用", "Utilisation d'installations", False),
    Category("training", "Training services", "訓練業務", "Services d'instruction", False),
    Category(
        "spare_parts",
        "Spare parts and components",
        "部品・構成品",
        "Pièces de rechange et composants",
        True,
    ),
    Category("maintenance", "Repair and maintenance", "修理・整備業務", "Réparation et entretien", False),
    Category(
        "port_services",
        "Airport and seaport services",
        "空港・港湾業務",
        "Services aéroportuaires et portuaires",
        False,
    ),
    Category("ammunition", "Ammunition", "弾薬", "Munitions", True),
)

BY_CODE: dict[str, Category] = {c.code: c for c in CATEGORIES}
CODES: tuple[str, ...] = tuple(c.code for c in CATEGORIES)
SUPPLY_CODES: frozenset[str] = frozenset(c.code for c in CATEGORIES if c.supply)


def is_category(code: str) -> bool:
    return code in BY_CODE


def is_supply(code: str) -> bool:
    return code in SUPPLY_CODES
