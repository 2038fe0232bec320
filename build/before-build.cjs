// electron-builder hook: returning false tells it that node_modules are handled elsewhere, so none
// are copied into the package. Main, preload and renderer are fully bundled into dist/.
module.exports = async function beforeBuild() {
  return false;
};
