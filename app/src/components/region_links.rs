//! Links to the same view in the other regions, so a trainer or a visitor of the factsheet
//! switches region in one click (the links hold only the view and the region id).

use verwijswijzer::consult::Catalog;
use verwijswijzer::fragment::{Link, View};
use yew::prelude::*;

#[derive(Properties)]
pub struct RegionLinksProps {
    pub catalog: Catalog,
    pub view: View,
    /// The region shown now, which gets no link.
    pub current: verwijswijzer::engine::RegionId,
}

/// The catalog never changes during a visit: its pointer is enough.
impl PartialEq for RegionLinksProps {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.catalog, &other.catalog)
            && self.view == other.view
            && self.current == other.current
    }
}

#[component]
pub fn RegionLinks(props: &RegionLinksProps) -> Html {
    let others: Vec<_> = props
        .catalog
        .iter()
        .filter(|pack| pack.region.id != props.current)
        .collect();
    if others.is_empty() {
        return Html::default();
    }
    html! {
        <nav class="region-links no-print" aria-label="Andere regio's">
            <span>{ "Andere regio: " }</span>
            <ul>
                { for others.into_iter().map(|pack| {
                    let link = Link { view: props.view, region: Some(pack.region.id.clone()), ..Link::default() };
                    html! {
                        <li><a href={link.to_fragment()} data-testid={format!("region-link-{}", pack.region.id)}>{ &pack.region.name }</a></li>
                    }
                }) }
            </ul>
        </nav>
    }
}
