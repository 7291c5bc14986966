use verwijswijzer::engine::*;
#[test]
fn dump() {
    let mut pack = verwijswijzer::packs::BUNDLED[0].load().unwrap();
    let mut lonely = pack.routes[&RouteId::from("self_directed")].clone();
    lonely.title = "Alleen als alternatief".to_owned();
    pack.routes.insert(RouteId::from("alleen_alternatief"), lonely);
    let unused = pack.questions[&QuestionId::from("carer_strain")].clone();
    pack.questions.insert(QuestionId::from("niet_gesteld"), unused);
    std::fs::write("/tmp/other.svg", tree_svg(&pack, &Highlight::NONE)).unwrap();
}
